-- Written by hand (Prisma Migrate cannot run offline); tests/schema-drift.test.ts
-- compares the result with prisma/schema.prisma.

CREATE TYPE "Measure" AS ENUM ('growth', 'level');
CREATE TYPE "Qualifier" AS ENUM ('about', 'at_least', 'at_most', 'at_most_about', 'reduction', 'range', 'exact', 'relative', 'qualitative');
CREATE TYPE "Vintage" AS ENUM ('estimate', 'preliminary', 'final');
CREATE TYPE "DocumentKind" AS ENUM ('work_report', 'statistical_bulletin', 'other');
CREATE TYPE "Role" AS ENUM ('admin', 'staff', 'reviewer');
CREATE TYPE "ReviewState" AS ENUM ('verified', 'disputed');
CREATE TYPE "VerdictReviewKind" AS ENUM ('confirm', 'override', 'judgment');
CREATE TYPE "VerdictCode" AS ENUM ('exceeded', 'met', 'met_within_tolerance', 'missed', 'pending', 'needs_judgment', 'not_comparable');

CREATE TABLE "district" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(6) NOT NULL,
    "name_zh" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "pinyin" TEXT NOT NULL,
    "city_zh" TEXT,
    "city_en" TEXT,
    "province_zh" TEXT NOT NULL,
    "province_en" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "district_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "district_code_key" ON "district"("code");
CREATE INDEX "district_province_zh_city_zh_idx" ON "district"("province_zh", "city_zh");

CREATE TABLE "app_user" (
    "id" SERIAL NOT NULL,
    "username" TEXT NOT NULL,
    "email" TEXT,
    "display_name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "must_change_password" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "app_user_username_key" ON "app_user"("username");
CREATE UNIQUE INDEX "app_user_email_key" ON "app_user"("email");

CREATE TABLE "source_document" (
    "id" SERIAL NOT NULL,
    "kind" "DocumentKind" NOT NULL,
    "district_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "published_on" DATE,
    "url" TEXT,
    "full_text" TEXT NOT NULL,
    "text_sha256" CHAR(64) NOT NULL,
    "created_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "source_document_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "source_document_district_id_text_sha256_key" ON "source_document"("district_id", "text_sha256");
CREATE INDEX "source_document_district_id_year_idx" ON "source_document"("district_id", "year");

CREATE TABLE "indicator" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "name_zh" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "aliases" TEXT[],
    "level_unit" TEXT,
    "higher_is_better" BOOLEAN NOT NULL,
    "growth_tolerance_pp" DECIMAL(20,6),
    "level_tolerance_ratio" DECIMAL(20,6),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "indicator_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "indicator_key_key" ON "indicator"("key");

CREATE TABLE "target" (
    "id" SERIAL NOT NULL,
    "district_id" INTEGER NOT NULL,
    "indicator_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "measure" "Measure" NOT NULL,
    "qualifier" "Qualifier" NOT NULL,
    "value" DECIMAL(20,6),
    "value_high" DECIMAL(20,6),
    "unit" TEXT,
    "as_written" TEXT NOT NULL,
    "relative_to_indicator_id" INTEGER,
    "tolerance" DECIMAL(20,6),
    "responsible_unit" TEXT,
    "definition_changed_reason" TEXT,
    "source_document_id" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "quote_start" INTEGER NOT NULL,
    "quote_end" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "target_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "target_district_id_indicator_id_year_measure_key" ON "target"("district_id", "indicator_id", "year", "measure");
CREATE INDEX "target_year_indicator_id_idx" ON "target"("year", "indicator_id");
CREATE INDEX "target_source_document_id_idx" ON "target"("source_document_id");

CREATE TABLE "outcome" (
    "id" SERIAL NOT NULL,
    "district_id" INTEGER NOT NULL,
    "indicator_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "measure" "Measure" NOT NULL,
    "revision" INTEGER NOT NULL,
    "value" DECIMAL(20,6) NOT NULL,
    "unit" TEXT NOT NULL,
    "vintage" "Vintage" NOT NULL,
    "source_document_id" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "quote_start" INTEGER NOT NULL,
    "quote_end" INTEGER NOT NULL,
    "note" TEXT,
    "recorded_by_id" INTEGER,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "outcome_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "outcome_district_id_indicator_id_year_measure_revision_key" ON "outcome"("district_id", "indicator_id", "year", "measure", "revision");
CREATE INDEX "outcome_year_indicator_id_idx" ON "outcome"("year", "indicator_id");
CREATE INDEX "outcome_source_document_id_idx" ON "outcome"("source_document_id");

CREATE TABLE "skipped_figure" (
    "id" SERIAL NOT NULL,
    "district_id" INTEGER NOT NULL,
    "indicator_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "measure" "Measure" NOT NULL,
    "source_document_id" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "quote_start" INTEGER NOT NULL,
    "quote_end" INTEGER NOT NULL,
    "note" TEXT NOT NULL,
    CONSTRAINT "skipped_figure_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "skipped_figure_district_id_year_idx" ON "skipped_figure"("district_id", "year");
CREATE INDEX "skipped_figure_source_document_id_idx" ON "skipped_figure"("source_document_id");

CREATE TABLE "outcome_review" (
    "id" SERIAL NOT NULL,
    "outcome_id" INTEGER NOT NULL,
    "state" "ReviewState" NOT NULL,
    "comment" TEXT NOT NULL,
    "reviewer_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "outcome_review_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "outcome_review_outcome_id_created_at_idx" ON "outcome_review"("outcome_id", "created_at");

CREATE TABLE "verdict_review" (
    "id" SERIAL NOT NULL,
    "target_id" INTEGER NOT NULL,
    "kind" "VerdictReviewKind" NOT NULL,
    "verdict" "VerdictCode",
    "reason" TEXT NOT NULL,
    "reviewer_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "verdict_review_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "verdict_review_target_id_created_at_idx" ON "verdict_review"("target_id", "created_at");

CREATE TABLE "user_district" (
    "user_id" INTEGER NOT NULL,
    "district_id" INTEGER NOT NULL,
    CONSTRAINT "user_district_pkey" PRIMARY KEY ("user_id", "district_id")
);
CREATE INDEX "user_district_district_id_idx" ON "user_district"("district_id");

CREATE TABLE "session" (
    "id" CHAR(64) NOT NULL,
    "user_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "session_user_id_idx" ON "session"("user_id");

CREATE TABLE "sign_in_throttle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "first_failed_at" TIMESTAMPTZ(3) NOT NULL,
    "locked_until" TIMESTAMPTZ(3),
    CONSTRAINT "sign_in_throttle_pkey" PRIMARY KEY ("key")
);

CREATE TABLE "api_token" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "token_hash" CHAR(64) NOT NULL,
    "created_by_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),
    CONSTRAINT "api_token_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "api_token_token_hash_key" ON "api_token"("token_hash");

CREATE TABLE "app_setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "app_setting_pkey" PRIMARY KEY ("key")
);

CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" INTEGER,
    "actor_label" TEXT,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "target_id" INTEGER,
    "district_id" INTEGER,
    "before" JSONB,
    "after" JSONB,
    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "audit_log_entity_type_entity_id_idx" ON "audit_log"("entity_type", "entity_id");
CREATE INDEX "audit_log_target_id_idx" ON "audit_log"("target_id");
CREATE INDEX "audit_log_at_idx" ON "audit_log"("at");

ALTER TABLE "district" ADD CONSTRAINT "district_code_format" CHECK ("code" ~ '^[0-9]{6}$');

ALTER TABLE "source_document" ADD CONSTRAINT "source_document_district_id_fkey" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "source_document" ADD CONSTRAINT "source_document_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "target" ADD CONSTRAINT "target_district_id_fkey" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "target" ADD CONSTRAINT "target_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "target" ADD CONSTRAINT "target_relative_to_indicator_id_fkey" FOREIGN KEY ("relative_to_indicator_id") REFERENCES "indicator"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "target" ADD CONSTRAINT "target_source_document_id_fkey" FOREIGN KEY ("source_document_id") REFERENCES "source_document"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "target" ADD CONSTRAINT "target_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "outcome" ADD CONSTRAINT "outcome_district_id_fkey" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "outcome" ADD CONSTRAINT "outcome_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "outcome" ADD CONSTRAINT "outcome_source_document_id_fkey" FOREIGN KEY ("source_document_id") REFERENCES "source_document"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "outcome" ADD CONSTRAINT "outcome_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "skipped_figure" ADD CONSTRAINT "skipped_figure_district_id_fkey" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "skipped_figure" ADD CONSTRAINT "skipped_figure_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "skipped_figure" ADD CONSTRAINT "skipped_figure_source_document_id_fkey" FOREIGN KEY ("source_document_id") REFERENCES "source_document"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "outcome_review" ADD CONSTRAINT "outcome_review_outcome_id_fkey" FOREIGN KEY ("outcome_id") REFERENCES "outcome"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "outcome_review" ADD CONSTRAINT "outcome_review_reviewer_id_fkey" FOREIGN KEY ("reviewer_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "verdict_review" ADD CONSTRAINT "verdict_review_target_id_fkey" FOREIGN KEY ("target_id") REFERENCES "target"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "verdict_review" ADD CONSTRAINT "verdict_review_reviewer_id_fkey" FOREIGN KEY ("reviewer_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "user_district" ADD CONSTRAINT "user_district_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "user_district" ADD CONSTRAINT "user_district_district_id_fkey" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "session" ADD CONSTRAINT "session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "api_token" ADD CONSTRAINT "api_token_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- History is append-only: outcome revisions, reviews and the audit log refuse
-- UPDATE and DELETE, whatever code (or person with psql) tries it.
CREATE FUNCTION "refuse_history_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'table % is append-only', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER "outcome_append_only" BEFORE UPDATE OR DELETE ON "outcome" FOR EACH ROW EXECUTE FUNCTION "refuse_history_change"();
CREATE TRIGGER "outcome_review_append_only" BEFORE UPDATE OR DELETE ON "outcome_review" FOR EACH ROW EXECUTE FUNCTION "refuse_history_change"();
CREATE TRIGGER "verdict_review_append_only" BEFORE UPDATE OR DELETE ON "verdict_review" FOR EACH ROW EXECUTE FUNCTION "refuse_history_change"();
CREATE TRIGGER "audit_log_append_only" BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION "refuse_history_change"();
