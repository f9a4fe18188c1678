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

-- Hand-written (Prisma cannot declare these without pg_trgm on every engine, and PGlite has no pg_trgm by default):
-- trigram GIN indexes for the case-insensitive substring search of GET /api/v2/users?q= (users.ts `list`),
-- `name ILIKE '%q%' OR email_normalized LIKE '%q%'`, which otherwise reads every row. Created only where the
-- pg_trgm extension is available and may be created; elsewhere (PGlite, or a role without the right) the search
-- still works, by a sequential scan. They are not in schema.prisma, so `npm run db -- check` (diffed on PGlite,
-- where they do not exist) stays clean; if PGlite ever loads pg_trgm, declare them there instead.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE INDEX IF NOT EXISTS "users_name_trgm_idx" ON "users" USING GIN ("name" gin_trgm_ops);
    CREATE INDEX IF NOT EXISTS "users_email_normalized_trgm_idx" ON "users" USING GIN ("email_normalized" gin_trgm_ops);
  ELSE
    RAISE NOTICE 'pg_trgm is not available: user search runs without trigram indexes';
  END IF;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'pg_trgm could not be created (%): user search runs without trigram indexes', SQLERRM;
END
$$;
