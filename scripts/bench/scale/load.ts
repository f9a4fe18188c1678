/**
 * Bulk-loads users into a migrated PostgreSQL database with `INSERT ... SELECT generate_series` (no rows cross the
 * wire). Every attribute comes from `hashint8extended(i, seed)`, so the data set is the same on every run.
 *
 * Distribution (of N users): names from 120 first x 120 last names; `email` = `First.Last.<i>@<domain>` (mixed case,
 * `email_normalized` lower-cased); 70% have a username; roles 0.5% admin, 5% moderator, 5% guest, the rest user;
 * `created_at` rises with i over six years (2019-2024) with up to an hour of jitter, as an append-mostly table does;
 * 3% are soft-deleted (some days after creation); one argon2id hash for every row. Each user gets the profile and
 * settings rows `users.create` gives it (a sixth of profiles have a location).
 *
 * Secondary indexes are dropped before the load and re-created afterwards from their own definitions
 * (`pg_get_indexdef`), which is much faster than maintaining them row by row; the table ends with exactly the indexes
 * the migrations created.
 */
import type pg from 'pg';

const FIRST = [
  'James', 'Mary', 'Robert', 'Patricia', 'John', 'Jennifer', 'Michael', 'Linda', 'David', 'Elizabeth', 'William', 'Barbara',
  'Richard', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah', 'Charles', 'Karen', 'Christopher', 'Lisa', 'Daniel', 'Nancy',
  'Matthew', 'Betty', 'Anthony', 'Margaret', 'Mark', 'Sandra', 'Donald', 'Ashley', 'Steven', 'Kimberly', 'Paul', 'Emily',
  'Andrew', 'Donna', 'Joshua', 'Michelle', 'Kenneth', 'Carol', 'Kevin', 'Amanda', 'Brian', 'Dorothy', 'George', 'Melissa',
  'Timothy', 'Deborah', 'Ronald', 'Stephanie', 'Edward', 'Rebecca', 'Jason', 'Sharon', 'Jeffrey', 'Laura', 'Ryan', 'Cynthia',
  'Jacob', 'Kathleen', 'Gary', 'Amy', 'Nicholas', 'Angela', 'Eric', 'Shirley', 'Jonathan', 'Anna', 'Stephen', 'Brenda',
  'Larry', 'Pamela', 'Justin', 'Emma', 'Scott', 'Nicole', 'Brandon', 'Helen', 'Benjamin', 'Samantha', 'Samuel', 'Katherine',
  'Gregory', 'Christine', 'Alexander', 'Debra', 'Frank', 'Rachel', 'Patrick', 'Carolyn', 'Raymond', 'Janet', 'Jack', 'Catherine',
  'Dennis', 'Maria', 'Jerry', 'Heather', 'Tyler', 'Diane', 'Aaron', 'Ruth', 'Jose', 'Julie', 'Adam', 'Olivia', 'Nathan', 'Joyce',
  'Henry', 'Virginia', 'Zoe', 'Yuki', 'Ahmed', 'Fatima', 'Wei', 'Priya', 'Lars', 'Ingrid',
];

const LAST = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez', 'Lopez',
  'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee', 'Perez', 'Thompson', 'White',
  'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Torres',
  'Nguyen', 'Hill', 'Flores', 'Green', 'Adams', 'Nelson', 'Baker', 'Hall', 'Rivera', 'Campbell', 'Mitchell', 'Carter', 'Roberts',
  'Gomez', 'Phillips', 'Evans', 'Turner', 'Diaz', 'Parker', 'Cruz', 'Edwards', 'Collins', 'Reyes', 'Stewart', 'Morris',
  'Morales', 'Murphy', 'Cook', 'Rogers', 'Gutierrez', 'Ortiz', 'Morgan', 'Cooper', 'Peterson', 'Bailey', 'Reed', 'Kelly',
  'Howard', 'Ramos', 'Kim', 'Cox', 'Ward', 'Richardson', 'Watson', 'Brooks', 'Chavez', 'Wood', 'James', 'Bennett', 'Gray',
  'Mendoza', 'Ruiz', 'Hughes', 'Price', 'Alvarez', 'Castillo', 'Sanders', 'Patel', 'Myers', 'Long', 'Ross', 'Foster', 'Jimenez',
  'Powell', 'Jenkins', 'Perry', 'Russell', 'Sullivan', 'Bell', 'Coleman', 'Butler', 'Henderson', 'Barnes', 'Gonzales', 'Fisher',
  'Vasquez', 'Simmons', 'Romero', 'Jordan', 'Patterson', 'Alexander', 'Hamilton', 'Graham',
];

const DOMAINS = ['example.com', 'example.org', 'example.net', 'mail.test', 'corp.example', 'users.example'];

const sqlArray = (values: readonly string[]) => `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')}]::text[]`;

/** Rows i in [from, to] of `total`. `$1` is the password hash. */
function insertUsers(from: number, to: number, total: number): string {
  const h = (seed: number, mod: number) => `(abs(hashint8extended(i, ${seed})) % ${mod})`;
  return `
INSERT INTO users (email, email_normalized, name, username, username_normalized, password_hash, role, deleted_at, created_at, updated_at)
SELECT email, lower(email), first || ' ' || last,
       CASE WHEN has_username THEN lower(first) || '_' || lower(last) || '_' || i END,
       CASE WHEN has_username THEN lower(first) || '_' || lower(last) || '_' || i END,
       $1, role,
       CASE WHEN deleted THEN least(created_at + delete_after, timestamptz '2025-01-01') END,
       created_at,
       least(created_at + update_after, timestamptz '2025-01-01')
FROM (
  SELECT i, first, last, first || '.' || last || '.' || i || '@' || domain AS email, has_username, role, deleted,
         created_at, delete_after, update_after
  FROM (
    SELECT g.i,
      (${sqlArray(FIRST)})[1 + ${h(1, FIRST.length)}] AS first,
      (${sqlArray(LAST)})[1 + ${h(2, LAST.length)}] AS last,
      (${sqlArray(DOMAINS)})[1 + ${h(3, DOMAINS.length)}] AS domain,
      ${h(4, 10)} < 7 AS has_username,
      (CASE WHEN ${h(5, 1000)} < 5 THEN 'admin' WHEN ${h(5, 1000)} < 55 THEN 'moderator' WHEN ${h(5, 1000)} < 105 THEN 'guest' ELSE 'user' END)::role AS role,
      ${h(6, 100)} < 3 AS deleted,
      date_trunc('milliseconds', timestamptz '2019-01-01 00:00:00+00'
        + (g.i::float8 / ${total}) * interval '6 years'
        + ${h(7, 3_600_000)} * interval '1 millisecond') AS created_at,
      ${h(8, 400)} * interval '1 day' AS delete_after,
      ${h(9, 200)} * interval '1 day' AS update_after
    FROM generate_series(${from}, ${to}) AS g(i)
  ) picked
) shaped
ORDER BY i`;
}

export interface LoadTimings {
  /** Seconds per phase, in order. */
  phases: [name: string, seconds: number][];
  total: number;
}

async function timed<T>(phases: LoadTimings['phases'], name: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  phases.push([name, (performance.now() - start) / 1000]);
  return result;
}

/**
 * Loads `count` users (and their profiles and settings) in batches of `batch`, then re-creates the secondary indexes
 * and runs VACUUM (ANALYZE), so the visibility map is set as autovacuum would leave a table that has settled.
 */
export async function loadUsers(
  client: pg.Client,
  count: number,
  passwordHash: string,
  log: (line: string) => void,
  batch = 100_000,
): Promise<LoadTimings> {
  const phases: LoadTimings['phases'] = [];
  const started = performance.now();
  await client.query(`SET maintenance_work_mem = '512MB'`);
  await client.query(`SET synchronous_commit = off`);

  const { rows: indexes } = await client.query<{ name: string; definition: string }>(
    `SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
      WHERE i.indrelid IN ('users'::regclass, 'user_profiles'::regclass, 'user_settings'::regclass)
        AND NOT i.indisprimary AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
      ORDER BY c.relname`,
  );
  await timed(phases, `drop ${indexes.length} secondary indexes`, async () => {
    for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);
  });

  await timed(phases, `insert ${count.toLocaleString('en-US')} users`, async () => {
    for (let from = 1; from <= count; from += batch) {
      const to = Math.min(count, from + batch - 1);
      await client.query(insertUsers(from, to, count), [passwordHash]);
      log(`users ${to.toLocaleString('en-US')} / ${count.toLocaleString('en-US')}`);
    }
  });

  // The rows come from `users` itself, so the foreign keys hold; replica mode skips their per-row checks (superuser).
  const skipChecks = await client.query(`SET session_replication_role = replica`).then(
    () => true,
    () => false,
  );
  await timed(phases, 'insert profiles and settings', async () => {
    await client.query(
      `INSERT INTO user_profiles (user_id, location)
       SELECT id, CASE WHEN abs(hashtext(id::text)) % 6 = 0 THEN 'Berlin' END FROM users`,
    );
    await client.query(`INSERT INTO user_settings (user_id) SELECT id FROM users`);
  });
  if (skipChecks) await client.query(`SET session_replication_role = DEFAULT`);

  await timed(phases, `re-create ${indexes.length} secondary indexes`, async () => {
    for (const index of indexes) {
      const start = performance.now();
      await client.query(index.definition);
      log(`${index.name}: ${((performance.now() - start) / 1000).toFixed(1)} s`);
    }
  });
  await timed(phases, 'VACUUM (ANALYZE)', async () => {
    for (const table of ['users', 'user_profiles', 'user_settings', 'api_keys']) await client.query(`VACUUM (ANALYZE) "${table}"`);
  });
  return { phases, total: (performance.now() - started) / 1000 };
}
