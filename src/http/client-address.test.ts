import { describe, expect, it } from 'vitest';
import { clientAddressBudget } from './client-address.ts';

describe('clientAddressBudget', () => {
  it.each([
    ['192.0.2.7', '192.0.2.7'],
    ['::ffff:192.0.2.7', '192.0.2.7'],
    ['::ffff:c000:207', '192.0.2.7'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::ffff', '2001:db8:1:2::/64'],
    ['2001:DB8:1:2:aaaa:bbbb:cccc:dddd', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['not an address', 'not an address'],
  ])('%s → %s', (address, budget) => {
    expect(clientAddressBudget(address)).toBe(budget);
  });

  it('gives every address of one /64 the same budget, and the next /64 another', () => {
    const budgets = new Set(Array.from({ length: 100 }, (_, i) => clientAddressBudget(`2001:db8:aa:bb:${i.toString(16)}::${(i * 7).toString(16)}`)));
    expect([...budgets]).toEqual(['2001:db8:aa:bb::/64']);
    expect(clientAddressBudget('2001:db8:aa:bc::1')).not.toBe(clientAddressBudget('2001:db8:aa:bb::1'));
  });
});
