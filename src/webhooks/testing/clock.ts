import type { Clock } from '../clock.ts';

/** A clock that moves only when told; it starts at the real time so signatures stay within receivers' tolerance. */
export function manualClock(start = new Date()): { now: Clock; advance(ms: number): void } {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance: (ms) => {
      current += ms;
    },
  };
}
