import { fork, type ChildProcess } from 'node:child_process';

/** The petstore servers compared: the framework, the plain Fastify baseline, the peers, and hello world for scale. */
export const SERVER_KINDS = ['framework', 'plain', 'glue', 'express', 'openapi-backend', 'hello'] as const;
export type ServerKind = (typeof SERVER_KINDS)[number];

export type ChildMessage = { type: 'ready'; port: number; startupMs: number } | { type: 'rss'; bytes: number } | { type: 'cpu'; micros: number };
export type ParentMessage = { type: 'rss' } | { type: 'cpu' };

export interface ServerProcess {
  kind: ServerKind;
  baseUrl: string;
  /** Milliseconds from the process's start to listening (module loading included). */
  startupMs: number;
  rss(): Promise<number>;
  /** CPU time the server process has used so far (all its threads), in microseconds. */
  cpu(): Promise<number>;
  stop(): Promise<void>;
}

const childPath = new URL('./child.ts', import.meta.url).pathname;

function nextMessage<T extends ChildMessage['type']>(child: ChildProcess, type: T): Promise<Extract<ChildMessage, { type: T }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: ChildMessage) => {
      if (message.type !== type) return;
      cleanup();
      resolve(message as Extract<ChildMessage, { type: T }>);
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(new Error(`server process exited (${code}) before answering`));
    };
    const cleanup = () => {
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/**
 * Starts one server in its own Node process on a loopback port (ephemeral); with `profileDir`, under `node --cpu-prof`,
 * which writes `.cpuprofile` files (one per thread) under `profileDir/<kind>` when the server stops.
 */
export async function startServer(kind: ServerKind, pets: number, profileDir?: string): Promise<ServerProcess> {
  const profile = profileDir === undefined ? [] : ['--cpu-prof', '--cpu-prof-dir', `${profileDir}/${kind}`];
  const child = fork(childPath, [kind, String(pets)], { execArgv: ['--import', 'tsx', ...profile], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ready = await nextMessage(child, 'ready');
  return {
    kind,
    baseUrl: `http://127.0.0.1:${ready.port}`,
    startupMs: ready.startupMs,
    rss: async () => {
      const answer = nextMessage(child, 'rss');
      child.send({ type: 'rss' } satisfies ParentMessage);
      return (await answer).bytes;
    },
    cpu: async () => {
      const answer = nextMessage(child, 'cpu');
      child.send({ type: 'cpu' } satisfies ParentMessage);
      return (await answer).micros;
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.disconnect();
      await exited;
    },
  };
}
