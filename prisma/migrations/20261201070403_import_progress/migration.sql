-- How far a running import has come (lib/import/progress.ts): the import page polls it
-- while the import's single transaction runs. Ids are chosen by the browser (a UUID).
CREATE TABLE "import_progress" (
    "id" TEXT NOT NULL,
    "user_id" INTEGER NOT NULL,
    "stage" TEXT NOT NULL,
    "written" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "import_progress_pkey" PRIMARY KEY ("id")
);
