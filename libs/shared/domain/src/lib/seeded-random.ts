/**
 * mulberry32: a small, fast generator that gives the same sequence on every machine for a given seed, with the
 * draws generated data needs (the living demo, the benchmarks' datasets). Not for anything secret.
 */
import { at } from './checked';

export function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  /** A whole number from lo to hi, both included. */
  const between = (lo: number, hi: number) => lo + int(hi - lo + 1);
  const pick = <T>(list: readonly T[]): T => at(list, int(list.length), 'item to pick');
  const weighted = <T>(pairs: readonly (readonly [T, number])[]): T => {
    let r = next() * pairs.reduce((s, [, w]) => s + w, 0);
    for (const [value, w] of pairs) if ((r -= w) < 0) return value;
    return at(pairs, -1, 'weighted pair')[0];
  };
  /** A version-4-shaped UUID from the sequence. */
  const uuid = () => {
    const b = Array.from({ length: 16 }, () => int(256));
    b[6] = (at(b, 6) & 0x0f) | 0x40;
    b[8] = (at(b, 8) & 0x3f) | 0x80;
    const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  };
  return { next, int, between, pick, weighted, uuid };
}
