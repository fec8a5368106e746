-- Why a recorded figure does not appear in its quote as written, when the writer
-- says the source does not state it directly; null when the quote contains it.
ALTER TABLE "outcome" ADD COLUMN "figure_not_in_quote_reason" TEXT;
