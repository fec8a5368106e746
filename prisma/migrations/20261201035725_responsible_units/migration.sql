-- Responsible units (责任单位) of a district, their assignment to targets (one lead,
-- any co-units) and the accounts that report for them (issue 17, first slice).
CREATE TYPE "UnitRole" AS ENUM ('lead', 'co');

CREATE TABLE "responsible_unit" (
    "id" SERIAL NOT NULL,
    "district_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "short_name" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "responsible_unit_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "responsible_unit_district_id_name_key" ON "responsible_unit"("district_id", "name");
CREATE UNIQUE INDEX "responsible_unit_district_id_short_name_key" ON "responsible_unit"("district_id", "short_name");
ALTER TABLE "responsible_unit" ADD CONSTRAINT "responsible_unit_district_id_fkey" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "target_unit" (
    "target_id" INTEGER NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "role" "UnitRole" NOT NULL,
    CONSTRAINT "target_unit_pkey" PRIMARY KEY ("target_id", "unit_id")
);
CREATE INDEX "target_unit_unit_id_idx" ON "target_unit"("unit_id");
ALTER TABLE "target_unit" ADD CONSTRAINT "target_unit_target_id_fkey" FOREIGN KEY ("target_id") REFERENCES "target"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "target_unit" ADD CONSTRAINT "target_unit_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "responsible_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "user_unit" (
    "user_id" INTEGER NOT NULL,
    "unit_id" INTEGER NOT NULL,
    CONSTRAINT "user_unit_pkey" PRIMARY KEY ("user_id", "unit_id")
);
CREATE INDEX "user_unit_unit_id_idx" ON "user_unit"("unit_id");
ALTER TABLE "user_unit" ADD CONSTRAINT "user_unit_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "user_unit" ADD CONSTRAINT "user_unit_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "responsible_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
