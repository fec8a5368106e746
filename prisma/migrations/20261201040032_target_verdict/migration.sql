-- Stored verdicts (issue 15): each target's current verdict as computeVerdict
-- decided it, kept up to date by the writes that change its inputs. Filled for
-- existing targets by the application (npm run verdicts:check -- --fix, or any
-- seed); SQL cannot run computeVerdict.
CREATE TABLE "target_verdict" (
    "target_id" INTEGER NOT NULL,
    "district_id" INTEGER NOT NULL,
    "indicator_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "code" "VerdictCode" NOT NULL,
    "computed" "VerdictCode" NOT NULL,
    "decided_by" TEXT NOT NULL,
    "provisional" BOOLEAN NOT NULL,
    "gap_kind" TEXT,
    "gap_value" DECIMAL(65,30),
    "outcome_id" INTEGER,
    "reference_outcome_id" INTEGER,
    "review_kind" "VerdictReviewKind",
    "review_verdict" "VerdictCode",
    "review_stale" BOOLEAN NOT NULL,
    "confirmed" BOOLEAN NOT NULL,
    "outcome_review_state" "ReviewState",
    "flipped_from" "VerdictCode",
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "target_verdict_pkey" PRIMARY KEY ("target_id")
);

CREATE INDEX "target_verdict_year_district_id_idx" ON "target_verdict"("year", "district_id");
CREATE INDEX "target_verdict_year_indicator_id_code_idx" ON "target_verdict"("year", "indicator_id", "code");
CREATE INDEX "target_verdict_district_id_year_idx" ON "target_verdict"("district_id", "year");

ALTER TABLE "target_verdict" ADD CONSTRAINT "target_verdict_target_id_fkey" FOREIGN KEY ("target_id") REFERENCES "target"("id") ON DELETE CASCADE ON UPDATE CASCADE;
