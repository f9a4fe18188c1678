import { describe, expect, it } from 'vitest';
import { FuzzReport } from './report.ts';

describe('the fuzz report table', () => {
  it('gives each outcome its count and the p50, p99 and max of its answer times', () => {
    const report = new FuzzReport('Petstore', 7);
    for (let ms = 1; ms <= 100; ms++) report.count('valid: accepted (2xx)', ms);
    report.count('fragments: refused (4xx)', 3.25);
    report.count('FAILED: no answer');
    const rows = report.table().split('\n');
    expect(rows[0]).toMatch(/^Petstore: 102 requests in [\d.]+ s \(seed 7\), 0 distinct failures$/);
    expect(rows[1]).toMatch(/outcome\s+requests\s+p50 ms\s+p99 ms\s+max ms$/);
    expect(rows.slice(2).map((row) => row.trim().split(/\s{2,}/))).toEqual([
      ['fragments: refused (4xx)', '1', '3.3', '3.3', '3.3'],
      ['valid: accepted (2xx)', '100', '50.0', '99.0', '100.0'],
      ['FAILED: no answer', '1'],
    ]);
  });
});
