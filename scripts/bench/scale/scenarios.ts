/**
 * The measured listings, and an independent check of each answer: the same page and total computed by hand-written SQL
 * straight from the spec's rules (admins see deactivated users, others never; ties broken by id), so a plan trick in
 * `list` that changed a result would show here.
 */
import type pg from 'pg';

export interface Scenario {
  name: string;
  key: 'admin' | 'standard';
  query: {
    page: number;
    limit: number;
    sort: 'created_at' | 'name' | 'email';
    order?: 'asc' | 'desc';
    role?: 'admin' | 'moderator' | 'user' | 'guest';
    active?: boolean;
    q?: string;
  };
}

export function scenarioPath(scenario: Scenario): string {
  const params = new URLSearchParams();
  const { q, role, active, page, limit, sort, order } = scenario.query;
  if (q !== undefined) params.set('q', q);
  if (role !== undefined) params.set('role', role);
  if (active !== undefined) params.set('active', String(active));
  params.set('page', String(page));
  params.set('limit', String(limit));
  params.set('sort', sort);
  if (order !== undefined) params.set('order', order);
  return `/api/v2/users?${params.toString()}`;
}

export function scenarios(searches: readonly string[]): Scenario[] {
  const list: Omit<Scenario, 'key'>[] = [
    { name: '(1) page 1 by created_at', query: { page: 1, limit: 20, sort: 'created_at' } },
    { name: '(1) page 1, role', query: { role: 'moderator', page: 1, limit: 20, sort: 'created_at' } },
    { name: '(1) page 1, active', query: { active: true, page: 1, limit: 20, sort: 'created_at' } },
    { name: '(1) page 1, role+active', query: { role: 'moderator', active: true, page: 1, limit: 20, sort: 'created_at' } },
    { name: '(2) role+active, page 3', query: { role: 'moderator', active: true, page: 3, limit: 20, sort: 'created_at' } },
    ...searches.map((q) => ({ name: `(3) q=${q} by name`, query: { q, page: 1, limit: 20, sort: 'name' as const } })),
    { name: '(4) page 5000 by created_at', query: { page: 5000, limit: 20, sort: 'created_at' } },
  ];
  return (['admin', 'standard'] as const).flatMap((key) => list.map((scenario) => ({ ...scenario, key })));
}

const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Why the API's answer differs from hand-written SQL over the same data, or undefined when it agrees. */
export async function answerMismatch(client: pg.Client, scenario: Scenario, body: string): Promise<string | undefined> {
  const { q, role, active, page, limit, sort, order = 'asc' } = scenario.query;
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (scenario.key !== 'admin' || active === true) conditions.push('deleted_at IS NULL');
  if (active === false) conditions.push(scenario.key === 'admin' ? 'deleted_at IS NOT NULL' : 'false');
  if (role !== undefined) {
    params.push(role);
    conditions.push(`role = $${params.length}::role`);
  }
  if (q !== undefined) {
    params.push(`%${likeEscaped(q)}%`, `%${likeEscaped(q.trim().toLowerCase())}%`);
    conditions.push(`(name ILIKE $${params.length - 1} OR email_normalized LIKE $${params.length})`);
  }
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  const direction = order === 'desc' ? 'DESC' : 'ASC';
  const { rows } = await client.query<{ id: string }>(
    `SELECT id FROM users ${where} ORDER BY ${sort} ${direction}, id ${direction} LIMIT ${limit} OFFSET ${(page - 1) * limit}`,
    params,
  );
  const { rows: [counted] } = await client.query<{ total: string }>(`SELECT count(*) AS total FROM users ${where}`, params);
  const answer = JSON.parse(body) as { users: { id: string }[]; total: number };
  const expected = rows.map((row) => row.id);
  const got = answer.users.map((user) => user.id);
  if (answer.total !== Number(counted?.total)) return `total ${answer.total}, SQL counts ${counted?.total}`;
  if (got.join() !== expected.join()) return `ids ${JSON.stringify(got)}, SQL gives ${JSON.stringify(expected)}`;
  return undefined;
}
