-- Outcome revisions carry a period (issue 17): the months 1—N they cover, cumulative
-- from January. 12 is the year, so every existing row is an annual figure and every
-- annual verdict keeps reading exactly the rows it read before; 1..11 are in-year
-- figures (一季度 3, 上半年 6, 前三季度 9) that only the pace rules read. Revisions are
-- numbered per (series, period), so the unique index gains the period.
ALTER TABLE "outcome" ADD COLUMN "period_months" INTEGER NOT NULL DEFAULT 12;
ALTER TABLE "outcome" ADD CONSTRAINT "outcome_period_months_check" CHECK ("period_months" BETWEEN 1 AND 12);

DROP INDEX "outcome_district_id_indicator_id_year_measure_revision_key";
CREATE UNIQUE INDEX "outcome_district_id_indicator_id_year_measure_period_months_revision_key" ON "outcome"("district_id", "indicator_id", "year", "measure", "period_months", "revision");
