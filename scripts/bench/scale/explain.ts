/**
 * The SQL behind an API request, as Prisma's query log shows it, and a short EXPLAIN ANALYZE of each statement.
 */
import { PrismaPg } from '@prisma/adapter-pg';
import type pg from 'pg';
import { PrismaClient, type Database } from '../../../src/db/index.ts';

export interface LoggedQuery {
  query: string;
  params: unknown[];
}

export interface LoggingDatabase {
  db: Database;
  /** Runs `work` and returns the statements Prisma sent meanwhile (BEGIN/COMMIT left out). */
  capture(work: () => Promise<void>): Promise<LoggedQuery[]>;
}

/**
 * A `Database` like `openDatabase({ databaseUrl })` gives (adapter-pg, UTC session), whose client also emits its
 * queries as events: the app runs on it unchanged, and the bench reads the exact SQL the app sent.
 */
export function loggingPostgresDatabase(connectionString: string): LoggingDatabase {
  const adapterFactory = new PrismaPg({ connectionString, options: '-c TimeZone=UTC' });
  const prisma = new PrismaClient({ adapter: adapterFactory, log: [{ emit: 'event', level: 'query' }] });
  let sink: LoggedQuery[] | undefined;
  prisma.$on('query', (event) => {
    if (sink === undefined || /^\s*(BEGIN|COMMIT|ROLLBACK)\b/i.test(event.query)) return;
    let params: unknown[] = [];
    try {
      params = JSON.parse(event.params) as unknown[];
    } catch {
      params = [];
    }
    sink.push({ query: event.query, params });
  });
  let closing: Promise<void> | undefined;
  const db: Database = {
    prisma: prisma as unknown as Database['prisma'],
    kind: 'postgres',
    adapterFactory,
    noteServing: async () => {},
    close: () => (closing ??= prisma.$disconnect()),
  };
  return {
    db,
    async capture(work) {
      const queries: LoggedQuery[] = [];
      sink = queries;
      try {
        await work();
      } finally {
        sink = undefined;
      }
      return queries;
    },
  };
}

/** Drops the cost estimates, keeps the actual figures and the index and filter lines. */
function compact(line: string): string {
  return line
    .replace(/\s*\(cost=[^)]*\)/, '')
    .replace(/'\{([0-9a-f-]{36},)*[0-9a-f-]{36}\}'/g, (list) => `'{<${list.split(',').length} uuids>}'`)
    .replace(/\s+$/, '');
}

const KEEP = /->|^\s*\S.*\(actual|Index Cond|Recheck Cond|Filter|Rows Removed|Heap Fetches|Sort Key|Sort Method|Workers|Execution Time|Planning Time|Presorted Key|Buffers|Heap Blocks/;

export interface PlanSummary {
  lines: string[];
  executionMs: number;
}

/** EXPLAIN (ANALYZE, BUFFERS) of one logged statement with its parameters, shortened. */
export async function explain(client: pg.Client, logged: LoggedQuery): Promise<PlanSummary> {
  const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${logged.query}`, logged.params);
  const text = rows.map((row) => row['QUERY PLAN']);
  const execution = text.find((line) => line.startsWith('Execution Time'));
  const executionMs = execution ? Number(/([\d.]+) ms/.exec(execution)?.[1]) : Number.NaN;
  return { lines: text.filter((line) => KEEP.test(line)).map(compact), executionMs };
}

/** The statement with its parameters written in, shortened for the report (the column list is elided). */
export function displaySql(logged: LoggedQuery): string {
  const withParams = logged.query.replace(/\$(\d+)/g, (match, n: string) => {
    const value = logged.params[Number(n) - 1];
    if (value === undefined) return match;
    return typeof value === 'string' ? `'${value.replace(/'/g, "''")}'` : String(value);
  });
  return withParams
    .replace(/IN \(('[0-9a-f-]{36}',)*'[0-9a-f-]{36}'\)/g, (list) => `IN (<${list.split(',').length} ids>)`)
    .replace(/"public"\./g, '')
    .replace(/SELECT ("users"\."\w+",\s*){3,}"users"\."\w+"/, 'SELECT <user columns>')
    .replace(/\s+/g, ' ');
}
