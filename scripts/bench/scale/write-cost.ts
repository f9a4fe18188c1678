/**
 * What the user_counts triggers add to a write: single-row INSERT, UPDATE of role and DELETE of a user, each its own
 * transaction (as the API sends them), in rounds alternating the triggers on and off on the same table. Each round
 * removes what it added, so the counts are the same after as before even for the rounds without triggers.
 */
import { performance } from 'node:perf_hooks';
import type pg from 'pg';

const TRIGGERS = ['users_count_insert', 'users_count_update', 'users_count_delete'];

export interface WriteCost {
  /** Mean microseconds per write statement, over all rounds of each kind. */
  withTriggers: number;
  withoutTriggers: number;
  writesPerRound: number;
  rounds: number;
}

async function setTriggers(client: pg.Client, enabled: boolean): Promise<void> {
  for (const name of TRIGGERS) await client.query(`ALTER TABLE users ${enabled ? 'ENABLE' : 'DISABLE'} TRIGGER ${name}`);
}

async function round(client: pg.Client, users: number, tag: string): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < users; i++) {
    const email = `write-cost-${tag}-${i}@example.com`;
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO users (email, email_normalized, name, password_hash) VALUES ($1, $1, 'Write Cost', 'x') RETURNING id`,
      [email],
    );
    const id = rows[0]!.id;
    await client.query(`UPDATE users SET role = 'guest' WHERE id = $1`, [id]);
    await client.query(`DELETE FROM users WHERE id = $1`, [id]);
  }
  return ((performance.now() - started) * 1000) / (users * 3);
}

export async function measureWriteCost(client: pg.Client, rounds = 6, users = 300): Promise<WriteCost> {
  const on: number[] = [];
  const off: number[] = [];
  try {
    for (let r = 0; r < rounds; r++) {
      const enabled = r % 2 === 0;
      await setTriggers(client, enabled);
      (enabled ? on : off).push(await round(client, users, String(r)));
    }
  } finally {
    await setTriggers(client, true);
  }
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  return { withTriggers: mean(on), withoutTriggers: mean(off), writesPerRound: users * 3, rounds };
}
