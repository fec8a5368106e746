-- API tokens carry an explicit scope, checked at use (lib/api/serve.ts). Tokens made
-- before this migration could read every /api/v1 endpoint, so they keep read_all.
CREATE TYPE "ApiTokenScope" AS ENUM ('read_all', 'read_scorecards');
ALTER TABLE "api_token" ADD COLUMN "scope" "ApiTokenScope" NOT NULL DEFAULT 'read_all';
