-- Cached page data (district, indicator and overview pages) shows who recorded an
-- outcome and who reviewed a verdict, read from app_user: a renamed user must not
-- linger in a cached page, so writes to app_user move the data version too.
CREATE TRIGGER "app_user_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "app_user" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
