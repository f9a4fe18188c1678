import os from 'node:os';

/** A plain-text table: the first column left-aligned, the others right-aligned. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ');
  const rule = widths.map((w) => '-'.repeat(w)).join('-|-');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export const reqPerSec = (n: number): string => Math.round(n).toLocaleString('en-US');
export const ms = (n: number): string => `${Number(n.toFixed(2))} ms`;
export const ratio = (n: number): string => n.toFixed(3);
/** CPU microseconds per request, or `-` when the server was not probed. */
export const cpuMicros = (n: number | undefined): string => (n === undefined ? '-' : `${Math.round(n)} µs`);

/** The machine's load averages over 1, 5 and 15 minutes, as printed with every run. */
export const loadAverage = (): string =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

/** Where a PostgreSQL URL points, without user or password. */
export function serverLabel(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '5432'}`;
}
