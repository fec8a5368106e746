-- Stored pace verdicts (序时进度, issue 17): a target's computePace output per in-year
-- period that has a figure, kept up to date by the same writes that refresh
-- target_verdict (lib/verdicts/refresh.ts). Empty at first: no in-year figure exists
-- before this release, and a period without a figure is 待填报, stored as no row.
CREATE TYPE "PaceCode" AS ENUM ('on_pace', 'behind_pace', 'done', 'lagging', 'pending', 'not_comparable');

CREATE TABLE "pace_verdict" (
    "target_id" INTEGER NOT NULL,
    "period_months" INTEGER NOT NULL,
    "district_id" INTEGER NOT NULL,
    "indicator_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "code" "PaceCode" NOT NULL,
    "rule" TEXT NOT NULL,
    "outcome_id" INTEGER,
    "reference_outcome_id" INTEGER,
    "provisional" BOOLEAN NOT NULL,
    "actual_value" DECIMAL(65,30),
    "actual_unit" TEXT,
    "completed_percent" DECIMAL(65,30),
    "needed_value" DECIMAL(65,30),
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pace_verdict_pkey" PRIMARY KEY ("target_id", "period_months")
);

CREATE INDEX "pace_verdict_year_district_id_period_months_idx" ON "pace_verdict"("year", "district_id", "period_months");
CREATE INDEX "pace_verdict_district_id_year_period_months_idx" ON "pace_verdict"("district_id", "year", "period_months");

ALTER TABLE "pace_verdict" ADD CONSTRAINT "pace_verdict_target_id_fkey" FOREIGN KEY ("target_id") REFERENCES "target"("id") ON DELETE CASCADE ON UPDATE CASCADE;
