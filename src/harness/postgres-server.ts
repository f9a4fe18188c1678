import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './process.ts';

const run = promisify(execFile);

/** Where the PostgreSQL server binaries are looked for; `POSTGRES_BIN` overrides. */
export const POSTGRES_BIN = process.env.POSTGRES_BIN ?? '/usr/lib/postgresql/15/bin';

/** Why a private PostgreSQL server cannot be started here, or undefined when it can. */
export function privatePostgresUnavailable(): string | undefined {
  return existsSync(join(POSTGRES_BIN, 'initdb')) ? undefined : `no PostgreSQL binaries in ${POSTGRES_BIN} (set POSTGRES_BIN)`;
}

/** A PostgreSQL server of its own, on a private port, that can be stopped and started again (outage tests). */
export interface PrivatePostgres {
  /** `postgres://postgres@127.0.0.1:<port>/postgres` */
  readonly url: string;
  readonly port: number;
  /** Stops the server at once (`pg_ctl stop -m immediate`): clients see their connections drop. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it and removes its directory. */
  destroy(): Promise<void>;
}

/** PostgreSQL refuses to run as root: run its binaries as the owner of the data directory. */
async function runAs(): Promise<{ uid: number; gid: number } | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const { stdout } = await run('id', ['-u', 'postgres']).catch(() => run('id', ['-u', 'nobody']));
  const uid = Number(stdout.trim());
  const { stdout: group } = await run('id', ['-g', String(uid)]);
  return { uid, gid: Number(group.trim()) };
}

/** initdb into a temporary directory and start the server on a free port, listening on 127.0.0.1 only. */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const unavailable = privatePostgresUnavailable();
  if (unavailable) throw new Error(unavailable);
  const root = await mkdtemp(join(tmpdir(), 'private-postgres-'));
  const dataDir = join(root, 'data');
  const user = await runAs();
  if (user) await chown(root, user.uid, user.gid);
  const bin = (name: string) => join(POSTGRES_BIN, name);
  const exec = (name: string, args: string[]) => run(bin(name), args, { ...(user ?? {}), cwd: root, env: { ...process.env, LC_ALL: 'C' } });
  await exec('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8']);
  const port = await freePort();
  const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`;
  const start = async () => {
    await exec('pg_ctl', ['start', '-w', '-t', '30', '-D', dataDir, '-l', join(root, 'server.log'), '-o', options]);
  };
  const stop = async () => {
    await exec('pg_ctl', ['stop', '-w', '-m', 'immediate', '-D', dataDir]).catch(() => {});
  };
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    start,
    stop,
    destroy: async () => {
      await stop();
      await rm(root, { recursive: true, force: true });
    },
  };
}

