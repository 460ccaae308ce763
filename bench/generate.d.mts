export interface Rng {
  next(): number;
  int(n: number): number;
  pick<T>(list: readonly T[]): T;
  chance(p: number): boolean;
}
export function rng(seed: number): Rng;
/** A realistic policy of at least `bytes` bytes of UTF-8; the same text for the same size and seed. */
export function generatePolicy(bytes: number, seed?: number): string;
