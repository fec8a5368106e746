-- The pace line (issue 17): pace_verdict.needed_value held only the share rule's needed
-- amount; it now holds the line every rule is charted against (the share rule's needed
-- amount, else the annual line itself), so it is renamed. A rename, not an edit of the
-- migration that made the table, which databases may already have applied. The stored
-- values of growth, ceiling and reduction rules are filled by `npm run verdicts:check -- --fix`.
ALTER TABLE "pace_verdict" RENAME COLUMN "needed_value" TO "pace_line";
