-- CreateTable
CREATE TABLE "user_counts" (
    "role" "role" NOT NULL,
    "active" BOOLEAN NOT NULL,
    "slot" SMALLINT NOT NULL,
    "n" BIGINT NOT NULL,

    CONSTRAINT "user_counts_pkey" PRIMARY KEY ("role","active","slot")
);

-- Hand-written: statement-level triggers keep user_counts exact. They run inside the statement that changes users, so a
-- committed change and its count commit together, and a bulk INSERT ... SELECT adds one row per (role, active) instead
-- of one per user. Each writer adds to the slot of its backend (pid modulo 16), and rows are changed in (role, active)
-- order, so concurrent writers rarely wait on one row and never wait on each other in opposite orders.
-- Function bodies are E'' strings with \073 for each semicolon: @prisma/adapter-pg runs a migration by splitting its
-- text at every semicolon.
INSERT INTO "user_counts" ("role", "active", "slot", "n")
SELECT "role", "deleted_at" IS NULL, 0, count(*) FROM "users" GROUP BY 1, 2;

CREATE FUNCTION "user_counts_after_insert"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  INSERT INTO user_counts (role, active, slot, n)
  SELECT role, deleted_at IS NULL, pg_backend_pid() % 16, count(*) FROM added_rows
  GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (role, active, slot) DO UPDATE SET n = user_counts.n + EXCLUDED.n\073
  RETURN NULL\073
END
';

CREATE FUNCTION "user_counts_after_delete"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  INSERT INTO user_counts (role, active, slot, n)
  SELECT role, deleted_at IS NULL, pg_backend_pid() % 16, -count(*) FROM removed_rows
  GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (role, active, slot) DO UPDATE SET n = user_counts.n + EXCLUDED.n\073
  RETURN NULL\073
END
';

CREATE FUNCTION "user_counts_after_update"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  INSERT INTO user_counts (role, active, slot, n)
  SELECT role, active, pg_backend_pid() % 16, sum(delta)
  FROM (
    SELECT role, deleted_at IS NULL AS active, 1 AS delta FROM added_rows
    UNION ALL
    SELECT role, deleted_at IS NULL, -1 FROM removed_rows
  ) AS changes
  GROUP BY 1, 2 HAVING sum(delta) <> 0 ORDER BY 1, 2
  ON CONFLICT (role, active, slot) DO UPDATE SET n = user_counts.n + EXCLUDED.n\073
  RETURN NULL\073
END
';

CREATE FUNCTION "user_counts_after_truncate"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  DELETE FROM user_counts\073
  RETURN NULL\073
END
';

CREATE TRIGGER "users_count_insert" AFTER INSERT ON "users"
  REFERENCING NEW TABLE AS added_rows FOR EACH STATEMENT EXECUTE FUNCTION "user_counts_after_insert"();
CREATE TRIGGER "users_count_delete" AFTER DELETE ON "users"
  REFERENCING OLD TABLE AS removed_rows FOR EACH STATEMENT EXECUTE FUNCTION "user_counts_after_delete"();
CREATE TRIGGER "users_count_update" AFTER UPDATE ON "users"
  REFERENCING OLD TABLE AS removed_rows NEW TABLE AS added_rows FOR EACH STATEMENT EXECUTE FUNCTION "user_counts_after_update"();
CREATE TRIGGER "users_count_truncate" AFTER TRUNCATE ON "users"
  FOR EACH STATEMENT EXECUTE FUNCTION "user_counts_after_truncate"();
