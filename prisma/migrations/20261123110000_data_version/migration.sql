-- A data version for caches of derived data (verdict summaries): one row, bumped by
-- a statement-level trigger on every table a verdict reads. Any write — through the
-- app, an import, the seed or plain SQL — moves the version in the same transaction,
-- so a cache keyed by it can never outlive the data it was computed from.
CREATE TABLE "data_version" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "data_version_pkey" PRIMARY KEY ("id")
);

INSERT INTO "data_version" ("id", "version") VALUES (1, 0);

CREATE FUNCTION "bump_data_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "data_version" SET "version" = "version" + 1 WHERE "id" = 1;
  RETURN NULL;
END
$$;

CREATE TRIGGER "target_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "target" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "outcome_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "outcome" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "outcome_review_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "outcome_review" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "verdict_review_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "verdict_review" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "indicator_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "indicator" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "district_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "district" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "app_setting_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "app_setting" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "source_document_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "source_document" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
