/** A small seeded generator (mulberry32) for the fuzzer's choices; values themselves come from fast-check. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(maxExclusive: number): number {
    return Math.floor(this.next() * maxExclusive);
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('nothing to pick from');
    return items[this.int(items.length)]!;
  }

  /** A key of `weights` drawn in proportion to its weight (weights of 0 never). */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    let roll = this.next() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [key, weight] of entries) {
      roll -= weight;
      if (roll < 0 && weight > 0) return key;
    }
    return entries.filter(([, w]) => w > 0).at(-1)![0];
  }

  /** A 32-bit seed for the `index`th case of a run seeded with `seed`. */
  static caseSeed(seed: number, index: number): number {
    const r = new Random((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
    r.next();
    return Math.floor(r.next() * 2 ** 31);
  }
}
