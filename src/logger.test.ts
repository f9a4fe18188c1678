import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.ts';

function capture() {
  const lines: string[] = [];
  return { lines, destination: { write: (line: string) => void lines.push(line) } };
}

describe('createLogger', () => {
  it('redacts the Authorization header and secret fields at any of the first levels', () => {
    const { lines, destination } = capture();
    const logger = createLogger('info', destination);
    logger.info(
      {
        req: { headers: { authorization: 'Bearer ak_secret', host: 'example.test' } },
        password: 'top-level',
        body: { email: 'a@example.test', password: 'hunter2hunter2', nested: { token: 'ut_secret', secret: 'whsec_x' } },
        credential: { apiKey: 'ak_other', name: 'ci' },
      },
      'request',
    );
    const line = lines.join('');
    for (const secret of ['ak_secret', 'top-level', 'hunter2hunter2', 'ut_secret', 'whsec_x', 'ak_other']) {
      expect(line).not.toContain(secret);
    }
    const entry = JSON.parse(line) as Record<string, unknown>;
    expect(entry).toMatchObject({
      req: { headers: { authorization: '[redacted]', host: 'example.test' } },
      body: { email: 'a@example.test', password: '[redacted]', nested: { token: '[redacted]', secret: '[redacted]' } },
      credential: { apiKey: '[redacted]', name: 'ci' },
    });
  });

  it('honours the level', () => {
    const { lines, destination } = capture();
    const logger = createLogger('warn', destination);
    logger.info('quiet');
    logger.warn('loud');
    expect(lines).toHaveLength(1);
  });
});
