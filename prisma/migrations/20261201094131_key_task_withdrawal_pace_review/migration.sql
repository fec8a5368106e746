-- Key tasks are withdrawn (撤销) with a reason instead of deleted: closed rounds keep
-- showing them, new rounds leave them out.
ALTER TABLE "key_task" ADD COLUMN "withdrawn_at" TIMESTAMPTZ(3),
ADD COLUMN "withdrawn_by_id" INTEGER,
ADD COLUMN "withdrawal_reason" TEXT;
ALTER TABLE "key_task" ADD CONSTRAINT "key_task_withdrawn_by_id_fkey" FOREIGN KEY ("withdrawn_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A pace verdict keeps the review state of the in-year figure it rests on, as the annual verdict does.
ALTER TABLE "pace_verdict" ADD COLUMN "outcome_review_state" "ReviewState";
-- Filled for existing rows exactly as computeStoredPace would (the latest review of the revision), so verdicts:check finds nothing.
UPDATE "pace_verdict" p SET "outcome_review_state" = (
  SELECT r."state" FROM "outcome_review" r WHERE r."outcome_id" = p."outcome_id" ORDER BY r."created_at" DESC, r."id" DESC LIMIT 1
) WHERE p."outcome_id" IS NOT NULL;
