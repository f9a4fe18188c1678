import { parseArgs } from 'node:util';
import type { RunPlan } from './compare.ts';

export interface LoadSettings {
  plan: RunPlan;
  /** Tiny sizes and a second or so per measurement: every code path runs once, no figure means anything. */
  smoke: boolean;
}

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, got ${value}`);
  return n;
}

/**
 * `--duration S --connections N --warmup S --rounds N` (defaults 3, 50, 1, 3; with --smoke 1, 10, 0, 1) and the
 * scenario's own options, which `extra` names; anything else is refused.
 */
export function readLoadOptions<E extends Record<string, { type: 'string' | 'boolean' }>>(
  argv: string[],
  smoke: boolean,
  extra: E = {} as E,
): LoadSettings & { values: Record<keyof E, string | boolean | undefined> } {
  const { values } = parseArgs({
    args: argv,
    options: {
      duration: { type: 'string' },
      connections: { type: 'string' },
      warmup: { type: 'string' },
      rounds: { type: 'string' },
      ...extra,
    },
  });
  const all = values as Record<string, string | boolean | undefined>;
  const text = (name: string) => (typeof all[name] === 'string' ? (all[name] as string) : undefined);
  return {
    smoke,
    plan: {
      load: {
        duration: positive('duration', text('duration'), smoke ? 1 : 3),
        connections: Math.round(positive('connections', text('connections'), smoke ? 10 : 50)),
      },
      warmup: positive('warmup', text('warmup'), smoke ? 0 : 1),
      rounds: Math.round(positive('rounds', text('rounds'), smoke ? 1 : 3)),
    },
    values: all as Record<keyof E, string | boolean | undefined>,
  };
}

export const log = (line: string): void => void process.stderr.write(`  ${line}\n`);
