import { seededRandom } from './seeded-random';

describe('seededRandom', () => {
  it('gives the same sequence for the same seed, and another for another', () => {
    const draw = (seed: number) => {
      const r = seededRandom(seed);
      return [
        r.next(),
        r.int(100),
        r.between(3, 5),
        r.pick(['a', 'b', 'c']),
        r.weighted([
          ['x', 1],
          ['y', 3],
        ] as const),
        r.uuid(),
      ];
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(43)).not.toEqual(draw(42));
  });

  it('stays within its bounds and writes UUIDs of version 4', () => {
    const r = seededRandom(1);
    for (let i = 0; i < 1000; i++) {
      expect(r.next()).toBeGreaterThanOrEqual(0);
      expect(r.next()).toBeLessThan(1);
      const n = r.between(3, 5);
      expect(n >= 3 && n <= 5 && Number.isInteger(n)).toBe(true);
    }
    expect(r.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
