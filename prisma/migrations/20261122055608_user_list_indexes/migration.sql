-- DropIndex
DROP INDEX "users_role_deleted_at_created_at_idx";

-- CreateIndex
CREATE INDEX "users_role_created_at_id_idx" ON "users"("role", "created_at", "id");

-- CreateIndex
CREATE INDEX "users_active_created_at_id_idx" ON "users"("created_at", "id") WHERE (deleted_at IS NULL);

-- CreateIndex
CREATE INDEX "users_active_role_created_at_id_idx" ON "users"("role", "created_at", "id") WHERE (deleted_at IS NULL);

-- CreateIndex
CREATE INDEX "users_deactivated_created_at_id_idx" ON "users"("created_at", "id") WHERE (deleted_at IS NOT NULL);

-- Hand-written: trigram GIN indexes for the case-insensitive substring search of GET /api/v2/users?q= (users.ts
-- `list`: name ILIKE '%q%' OR email_normalized LIKE '%q%'), which otherwise reads every row. Prisma cannot declare
-- them unless pg_trgm exists on every engine, and PGlite has no pg_trgm by default. So they are created only where
-- pg_trgm is available and may be created (PostgreSQL), and skipped elsewhere (PGlite, or a role without the right),
-- where search still works by a sequential scan. They are not in schema.prisma, and `npm run db -- check` (which
-- diffs on PGlite, where they do not exist) stays clean. Should PGlite ever load pg_trgm, declare them there instead.
-- Written as an E'' string with \073 for each semicolon: @prisma/adapter-pg runs a migration by splitting its text
-- at every semicolon, so a literal one anywhere (a DO body, a comment) would cut the statement apart.
DO E'
BEGIN
  IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = ''pg_trgm'') THEN
    CREATE EXTENSION IF NOT EXISTS pg_trgm\073
    CREATE INDEX IF NOT EXISTS "users_name_trgm_idx" ON "users" USING GIN ("name" gin_trgm_ops)\073
    CREATE INDEX IF NOT EXISTS "users_email_normalized_trgm_idx" ON "users" USING GIN ("email_normalized" gin_trgm_ops)\073
  ELSE
    RAISE NOTICE ''pg_trgm is not available, so user search runs without trigram indexes''\073
  END IF\073
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE ''pg_trgm could not be created (%), so user search runs without trigram indexes'', SQLERRM\073
END
';
