-- Key tasks (重点工作) and reporting rounds (填报轮次) with their items (issue 17).
-- Judgments and narrative progress are append-only, like outcome revisions.
CREATE TYPE "TaskJudgment" AS ENUM ('completed', 'on_track', 'lagging', 'not_started');
CREATE TYPE "RoundState" AS ENUM ('open', 'closed');
CREATE TYPE "RoundItemState" AS ENUM ('todo', 'acknowledged', 'submitted', 'returned', 'accepted');

CREATE TABLE "key_task" (
    "id" SERIAL NOT NULL,
    "district_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "wording" TEXT NOT NULL,
    "source_document_id" INTEGER,
    "quote" TEXT,
    "quote_start" INTEGER,
    "quote_end" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "key_task_pkey" PRIMARY KEY ("id"),
    -- A quote comes with its document and offsets, or not at all.
    CONSTRAINT "key_task_quote_complete" CHECK (
      ("source_document_id" IS NULL AND "quote" IS NULL AND "quote_start" IS NULL AND "quote_end" IS NULL) OR
      ("source_document_id" IS NOT NULL AND "quote" IS NOT NULL AND "quote_start" IS NOT NULL AND "quote_end" IS NOT NULL))
);
CREATE UNIQUE INDEX "key_task_district_id_year_seq_key" ON "key_task"("district_id", "year", "seq");
CREATE UNIQUE INDEX "key_task_district_id_year_wording_key" ON "key_task"("district_id", "year", "wording");
ALTER TABLE "key_task" ADD CONSTRAINT "key_task_district_id_fkey" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "key_task" ADD CONSTRAINT "key_task_source_document_id_fkey" FOREIGN KEY ("source_document_id") REFERENCES "source_document"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "key_task" ADD CONSTRAINT "key_task_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "key_task_unit" (
    "key_task_id" INTEGER NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "role" "UnitRole" NOT NULL,
    CONSTRAINT "key_task_unit_pkey" PRIMARY KEY ("key_task_id", "unit_id")
);
CREATE INDEX "key_task_unit_unit_id_idx" ON "key_task_unit"("unit_id");
ALTER TABLE "key_task_unit" ADD CONSTRAINT "key_task_unit_key_task_id_fkey" FOREIGN KEY ("key_task_id") REFERENCES "key_task"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "key_task_unit" ADD CONSTRAINT "key_task_unit_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "responsible_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "key_task_judgment" (
    "id" SERIAL NOT NULL,
    "key_task_id" INTEGER NOT NULL,
    "period_months" INTEGER NOT NULL,
    "status" "TaskJudgment" NOT NULL,
    "reason" TEXT NOT NULL,
    "reviewer_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "key_task_judgment_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "key_task_judgment_period" CHECK ("period_months" BETWEEN 1 AND 12)
);
CREATE INDEX "key_task_judgment_key_task_id_period_months_created_at_idx" ON "key_task_judgment"("key_task_id", "period_months", "created_at");
ALTER TABLE "key_task_judgment" ADD CONSTRAINT "key_task_judgment_key_task_id_fkey" FOREIGN KEY ("key_task_id") REFERENCES "key_task"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "key_task_judgment" ADD CONSTRAINT "key_task_judgment_reviewer_id_fkey" FOREIGN KEY ("reviewer_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
CREATE TRIGGER "key_task_judgment_append_only" BEFORE UPDATE OR DELETE ON "key_task_judgment" FOR EACH ROW EXECUTE FUNCTION "refuse_history_change"();

CREATE TABLE "progress_narrative" (
    "id" SERIAL NOT NULL,
    "district_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "period_months" INTEGER NOT NULL,
    "key_task_id" INTEGER,
    "target_id" INTEGER,
    "unit_id" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "source_document_id" INTEGER,
    "quote" TEXT,
    "correction_reason" TEXT,
    "recorded_by_id" INTEGER NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "progress_narrative_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "progress_narrative_one_subject" CHECK (("key_task_id" IS NULL) <> ("target_id" IS NULL)),
    CONSTRAINT "progress_narrative_period" CHECK ("period_months" BETWEEN 1 AND 12)
);
CREATE INDEX "progress_narrative_district_id_year_idx" ON "progress_narrative"("district_id", "year");
-- Revisions are contiguous per subject × unit × period; these indexes are the race guard
-- (NULLs are distinct, so each index binds only the rows of its own kind of subject).
CREATE UNIQUE INDEX "progress_narrative_key_task_id_unit_id_period_months_revision_key" ON "progress_narrative"("key_task_id", "unit_id", "period_months", "revision");
CREATE UNIQUE INDEX "progress_narrative_target_id_unit_id_period_months_revision_key" ON "progress_narrative"("target_id", "unit_id", "period_months", "revision");
ALTER TABLE "progress_narrative" ADD CONSTRAINT "progress_narrative_district_id_fkey" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "progress_narrative" ADD CONSTRAINT "progress_narrative_key_task_id_fkey" FOREIGN KEY ("key_task_id") REFERENCES "key_task"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "progress_narrative" ADD CONSTRAINT "progress_narrative_target_id_fkey" FOREIGN KEY ("target_id") REFERENCES "target"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "progress_narrative" ADD CONSTRAINT "progress_narrative_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "responsible_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "progress_narrative" ADD CONSTRAINT "progress_narrative_source_document_id_fkey" FOREIGN KEY ("source_document_id") REFERENCES "source_document"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "progress_narrative" ADD CONSTRAINT "progress_narrative_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
CREATE TRIGGER "progress_narrative_append_only" BEFORE UPDATE OR DELETE ON "progress_narrative" FOR EACH ROW EXECUTE FUNCTION "refuse_history_change"();

CREATE TABLE "reporting_round" (
    "id" SERIAL NOT NULL,
    "district_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "period_months" INTEGER NOT NULL,
    "due_on" DATE NOT NULL,
    "state" "RoundState" NOT NULL DEFAULT 'open',
    "opened_by_id" INTEGER NOT NULL,
    "opened_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closed_by_id" INTEGER,
    "closed_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "reporting_round_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "reporting_round_period" CHECK ("period_months" BETWEEN 1 AND 12)
);
CREATE UNIQUE INDEX "reporting_round_district_id_year_period_months_key" ON "reporting_round"("district_id", "year", "period_months");
CREATE INDEX "reporting_round_state_due_on_idx" ON "reporting_round"("state", "due_on");
ALTER TABLE "reporting_round" ADD CONSTRAINT "reporting_round_district_id_fkey" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "reporting_round" ADD CONSTRAINT "reporting_round_opened_by_id_fkey" FOREIGN KEY ("opened_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "reporting_round" ADD CONSTRAINT "reporting_round_closed_by_id_fkey" FOREIGN KEY ("closed_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "round_item" (
    "id" SERIAL NOT NULL,
    "round_id" INTEGER NOT NULL,
    "target_id" INTEGER,
    "key_task_id" INTEGER,
    "unit_id" INTEGER NOT NULL,
    "unit_role" "UnitRole" NOT NULL,
    "state" "RoundItemState" NOT NULL DEFAULT 'todo',
    "acknowledged_at" TIMESTAMPTZ(3),
    "first_submitted_at" TIMESTAMPTZ(3),
    "submitted_at" TIMESTAMPTZ(3),
    "outcome_id" INTEGER,
    "narrative_id" INTEGER,
    "return_reason" TEXT,
    "returned_at" TIMESTAMPTZ(3),
    "return_count" INTEGER NOT NULL DEFAULT 0,
    "accepted_at" TIMESTAMPTZ(3),
    "last_actor_id" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "round_item_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "round_item_one_subject" CHECK (("key_task_id" IS NULL) <> ("target_id" IS NULL))
);
CREATE UNIQUE INDEX "round_item_round_id_target_id_unit_id_key" ON "round_item"("round_id", "target_id", "unit_id");
CREATE UNIQUE INDEX "round_item_round_id_key_task_id_unit_id_key" ON "round_item"("round_id", "key_task_id", "unit_id");
CREATE INDEX "round_item_unit_id_state_idx" ON "round_item"("unit_id", "state");
ALTER TABLE "round_item" ADD CONSTRAINT "round_item_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "reporting_round"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "round_item" ADD CONSTRAINT "round_item_target_id_fkey" FOREIGN KEY ("target_id") REFERENCES "target"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "round_item" ADD CONSTRAINT "round_item_key_task_id_fkey" FOREIGN KEY ("key_task_id") REFERENCES "key_task"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "round_item" ADD CONSTRAINT "round_item_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "responsible_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "round_item" ADD CONSTRAINT "round_item_outcome_id_fkey" FOREIGN KEY ("outcome_id") REFERENCES "outcome"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "round_item" ADD CONSTRAINT "round_item_narrative_id_fkey" FOREIGN KEY ("narrative_id") REFERENCES "progress_narrative"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "round_item" ADD CONSTRAINT "round_item_last_actor_id_fkey" FOREIGN KEY ("last_actor_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
