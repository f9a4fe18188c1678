import type { Config } from '../config.ts';

const ANY_ADDRESS = new Set(['0.0.0.0', '::', '[::]', '']);

/** Where a process on this machine reaches the server the configuration describes. */
export function localServerUrl(config: Pick<Config, 'host' | 'port'>): string {
  const host = ANY_ADDRESS.has(config.host) ? '127.0.0.1' : config.host.includes(':') ? `[${config.host}]` : config.host;
  return `http://${host}:${config.port}`;
}

/** One word for a POSIX shell: as is when it is safe, single-quoted otherwise. */
export const shellWord = (text: string) => (/^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`);

/** A curl command line that creates an API key through a running server, authorised by `adminKey` (a key or a shell variable). */
export function createKeyCurl(options: { serverUrl: string; adminKey: string; name: string; role: 'admin' | 'standard' }): string {
  const body = JSON.stringify({ name: options.name, role: options.role });
  return [
    'curl -sS -X POST',
    // Double quotes, so a placeholder such as $ADMIN_KEY expands; keys hold no character the shell treats specially.
    `-H "Authorization: Bearer ${options.adminKey}"`,
    `-H 'Content-Type: application/json'`,
    `-d ${shellWord(body)}`,
    `${options.serverUrl}/api/v2/api-keys`,
  ].join(' ');
}
