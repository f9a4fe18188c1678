import { fork, type ChildProcess } from 'node:child_process';

/** The petstore servers compared: the framework, the plain Fastify baseline, the peers, and hello world for scale. */
export const SERVER_KINDS = ['framework', 'plain', 'glue', 'express', 'openapi-backend', 'hello'] as const;
export type ServerKind = (typeof SERVER_KINDS)[number];

export type ChildMessage = { type: 'ready'; port: number; startupMs: number } | { type: 'rss'; bytes: number };
export type ParentMessage = { type: 'rss' };

export interface ServerProcess {
  kind: ServerKind;
  baseUrl: string;
  /** Milliseconds from the process's start to listening (module loading included). */
  startupMs: number;
  rss(): Promise<number>;
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

/** Starts one server in its own Node process on a loopback port (ephemeral). */
export async function startServer(kind: ServerKind, pets: number): Promise<ServerProcess> {
  const child = fork(childPath, [kind, String(pets)], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
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
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.disconnect();
      await exited;
    },
  };
}
