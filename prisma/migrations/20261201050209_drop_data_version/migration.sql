-- The one-row data version is retired: verdicts are stored (target_verdict) and written
-- by the transaction that changes them, and every page reads them from PostgreSQL on
-- each view, so no in-process cache needs a version. Its triggers made every write in
-- the country queue on one row; they go first, then the function and the table.
DROP TRIGGER "target_bumps_data_version" ON "target";
DROP TRIGGER "outcome_bumps_data_version" ON "outcome";
DROP TRIGGER "outcome_review_bumps_data_version" ON "outcome_review";
DROP TRIGGER "verdict_review_bumps_data_version" ON "verdict_review";
DROP TRIGGER "indicator_bumps_data_version" ON "indicator";
DROP TRIGGER "district_bumps_data_version" ON "district";
DROP TRIGGER "app_setting_bumps_data_version" ON "app_setting";
DROP TRIGGER "source_document_bumps_data_version" ON "source_document";
DROP TRIGGER "app_user_bumps_data_version" ON "app_user";
DROP FUNCTION "bump_data_version"();
DROP TABLE "data_version";
