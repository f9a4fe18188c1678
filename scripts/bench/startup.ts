/**
 * npm run bench -- startup [--rounds N]      defaults: 5 rounds (--smoke: 1, and no first starts)
 *
 * The service's start-up, from spawning the process to the first 200 answer of GET /healthz, started two ways:
 *   compiled   node --enable-source-maps dist/src/main.js   (what `npm start` runs after its build; `npm run build` runs
 *              once at the beginning and its time is printed)
 *   tsx        node --import tsx src/main.ts                 (TypeScript compiled as the modules load; tsx keeps a cache
 *              of compiled files in the temporary directory, warm after the first start, as on a developer's machine)
 * on embedded PGlite (a data directory under the temporary directory, created by one unmeasured start: the measured
 * starts restart it, which is the common case; the first start on a fresh directory is measured once per way too) and,
 * with DATABASE_URL, on a scratch database on that PostgreSQL server, migrated by one unmeasured start and dropped at
 * the end, also on failure or Ctrl-C. Rounds alternate the ways (compiled, tsx, compiled, tsx...) so the box's noise
 * falls on both. Each start gets a free port on 127.0.0.1, LOG_LEVEL=silent and an ADMIN_API_KEY (so no key is
 * printed); /healthz is polled every 5 ms; then the process gets SIGTERM and its exit is awaited before the next start
 * (a PGlite directory is held by one process at a time). Reports and asserts nothing; exit 1 only when a start fails.
 */
import { execFile, spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs, promisify } from 'node:util';
import { createPostgresDatabase } from '../../src/db/index.ts';
import { generateApiKey } from '../../src/domain/credentials/api-keys.ts';
import { freePort, repoRoot, spawnTypeScript } from '../../src/harness/process.ts';
import { closeOnExit } from './close-on-exit.ts';
import { log } from './plan.ts';
import { median } from './stats.ts';
import { formatTable, loadAverage, ratio, serverLabel } from './table.ts';

const POLL_MS = 5;
const START_TIMEOUT_MS = 30_000;
/** The service gives in-flight requests 10 s after SIGTERM; past this it is killed and the run fails. */
const STOP_TIMEOUT_MS = 15_000;
const OUTPUT_KEPT = 20_000;

type WayName = 'compiled' | 'tsx';

interface Way {
  name: WayName;
  command: string;
  spawn(options: SpawnOptions): ChildProcess;
}

const WAYS: readonly Way[] = [
  {
    name: 'compiled',
    command: 'node --enable-source-maps dist/src/main.js',
    spawn: (options) => spawn(process.execPath, ['--enable-source-maps', join(repoRoot, 'dist', 'src', 'main.js')], options),
  },
  { name: 'tsx', command: 'node --import tsx src/main.ts', spawn: (options) => spawnTypeScript(join(repoRoot, 'src', 'main.ts'), [], options) },
];

/** Start-up times in milliseconds, per way. */
type Times = Record<WayName, number[]>;

function readRounds(argv: string[], smoke: boolean): number {
  const { values } = parseArgs({ args: argv, options: { rounds: { type: 'string' } } });
  if (values.rounds === undefined) return smoke ? 1 : 5;
  const n = Number(values.rounds);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--rounds must be an integer >= 1, got ${values.rounds}`);
  return n;
}


const wholeMs = (n: number): string => `${Math.round(n).toLocaleString('en-US')} ms`;


async function build(): Promise<number> {
  const started = performance.now();
  try {
    await promisify(execFile)('npm', ['run', 'build', '--silent'], { cwd: repoRoot });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`npm run build failed:\n${stdout}${stderr}`);
  }
  return performance.now() - started;
}

/**
 * `start` runs the service once and returns the milliseconds from spawn to its first 200 of /healthz, once the process
 * has stopped again; `stopAll` kills whatever still runs (a failed or interrupted run).
 */
function starter(cwd: string, adminKey: string) {
  const running = new Map<ChildProcess, Promise<string>>();
  // The service reads only what is set here: no database or Redis of the caller's environment.
  const { DATABASE_URL: _url, DATA_DIR: _dir, REDIS_URL: _redis, ...inherited } = process.env;

  async function start(way: Way, database: Record<string, string>, what: string): Promise<number> {
    const port = await freePort();
    const spawnedAt = performance.now();
    const child = way.spawn({
      cwd,
      env: { ...inherited, ...database, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'silent', ADMIN_API_KEY: adminKey },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output = { stdout: '', stderr: '' };
    child.stdout!.on('data', (chunk: Buffer) => (output.stdout = (output.stdout + chunk.toString('utf8')).slice(-OUTPUT_KEPT)));
    child.stderr!.on('data', (chunk: Buffer) => (output.stderr = (output.stderr + chunk.toString('utf8')).slice(-OUTPUT_KEPT)));
    let ended: string | undefined;
    const closed = new Promise<string>((resolve) => {
      child.on('error', (error) => resolve((ended = `could not be spawned: ${error.message}`)));
      child.on('close', (code, signal) => resolve((ended = signal ? `was ended by ${signal}` : `exited with code ${code}`)));
    }).finally(() => running.delete(child));
    running.set(child, closed);
    const failure = (problem: string) =>
      new Error(
        `${way.name} start (${what}: ${way.command}) ${problem}\nstderr:\n${output.stderr.trim() || '(empty)'}` +
          (output.stdout.trim() ? `\nstdout:\n${output.stdout.trim()}` : ''),
      );

    let elapsed: number | undefined;
    while (elapsed === undefined) {
      if (ended !== undefined) throw failure(`${ended} before GET /healthz answered 200`);
      const healthy = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(1_000) }).then(
        async (response) => {
          await response.arrayBuffer();
          return response.status === 200;
        },
        () => false,
      );
      if (healthy) elapsed = performance.now() - spawnedAt;
      else if (performance.now() - spawnedAt > START_TIMEOUT_MS) {
        child.kill('SIGKILL');
        await closed;
        throw failure(`did not answer GET /healthz with 200 within ${START_TIMEOUT_MS / 1000} s`);
      } else await sleep(POLL_MS);
    }

    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    const exit = await closed;
    clearTimeout(killer);
    if (child.exitCode !== 0) throw failure(`started, but on SIGTERM ${exit}`);
    return elapsed;
  }

  async function stopAll(): Promise<void> {
    await Promise.all(
      [...running].map(([child, closed]) => {
        child.kill('SIGKILL');
        return closed;
      }),
    );
  }

  return { start, stopAll };
}

type Start = ReturnType<typeof starter>['start'];

/** One unmeasured start (it creates or migrates the database), then `rounds` rounds alternating the ways. */
async function restarts(start: Start, database: Record<string, string>, what: string, rounds: number): Promise<Times> {
  log(`${what}: first start, unmeasured`);
  await start(WAYS[0]!, database, `${what}, first start`);
  const times: Times = { compiled: [], tsx: [] };
  for (let round = 1; round <= rounds; round++) {
    for (const way of WAYS) {
      log(`${what}: round ${round}/${rounds}, ${way.name}`);
      times[way.name].push(await start(way, database, `${what}, round ${round}`));
    }
  }
  return times;
}

function table(restarted: Times, first?: { times: Times; label: string }): string {
  const rows = (times: Times, label: (way: WayName) => string) =>
    WAYS.map(({ name }) => {
      const values = times[name];
      const several = values.length > 1;
      return [
        label(name),
        String(values.length),
        wholeMs(median(values)),
        several ? wholeMs(Math.min(...values)) : '-',
        several ? wholeMs(Math.max(...values)) : '-',
        name === 'tsx' ? ratio(median(values) / median(times.compiled)) : '-',
      ];
    });
  return formatTable(
    ['way of starting', 'starts', 'median', 'min', 'max', 'tsx ÷ compiled'],
    [...rows(restarted, (name) => `${name}, restart`), ...(first ? rows(first.times, (name) => `${name}, ${first.label}`) : [])],
  );
}


/** `npm run bench -- startup`: see the top of this file. */
export async function startupBench(argv: string[], smoke: boolean): Promise<void> {
  const rounds = readRounds(argv, smoke);
  const serverUrl = process.env.DATABASE_URL;
  console.log(
    `bench startup: node ${process.version}, ${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}; load average ${loadAverage()}\n` +
      `start-up = process spawned to the first 200 answer of GET /healthz (polled every ${POLL_MS} ms); ` +
      WAYS.map((way) => `${way.name}: ${way.command}`).join(', '),
  );

  await closeOnExit(async (onClose) => {
    log('npm run build');
    console.log(`build (npm run build): ${((await build()) / 1000).toFixed(1)} s`);

    const root = await mkdtemp(join(os.tmpdir(), 'bench-startup-'));
    onClose(() => rm(root, { recursive: true, force: true }));
    const postgres = serverUrl ? await createPostgresDatabase(serverUrl) : undefined;
    if (postgres) onClose(() => postgres.drop());
    const { start, stopAll } = starter(root, generateApiKey());
    onClose(stopAll);

    let firstStarts: Times | undefined;
    if (!smoke) {
      firstStarts = { compiled: [], tsx: [] };
      for (const way of WAYS) {
        const dataDir = join(root, `fresh-${way.name}`);
        log(`embedded PGlite: first start on a fresh directory, ${way.name}`);
        firstStarts[way.name].push(await start(way, { DATA_DIR: dataDir }, 'embedded PGlite, fresh directory'));
        await rm(dataDir, { recursive: true, force: true });
      }
    }
    const pglite = await restarts(start, { DATA_DIR: join(root, 'pglite') }, 'embedded PGlite', rounds);
    console.log(
      `\nembedded PGlite (a data directory under ${os.tmpdir()}), ${rounds} restart${rounds === 1 ? '' : 's'} per way` +
        (firstStarts ? '; a first start creates the database and applies the migrations' : '') +
        `:\n` +
        table(pglite, firstStarts && { times: firstStarts, label: 'first start, fresh directory' }),
    );

    if (postgres) {
      const name = new URL(postgres.url).pathname.slice(1);
      const times = await restarts(start, { DATABASE_URL: postgres.url }, 'PostgreSQL', rounds);
      console.log(
        `\nPostgreSQL at ${serverLabel(postgres.url)} (scratch database ${name}, migrated by an unmeasured first start), ` +
          `${rounds} restart${rounds === 1 ? '' : 's'} per way:\n${table(times)}`,
      );
    } else {
      console.log('\nPostgreSQL: skipped, DATABASE_URL is not set (set it to a PostgreSQL server to measure starts on a scratch database there)');
    }
    console.log(`\nload average after the measurements: ${loadAverage()}`);
  });
}
