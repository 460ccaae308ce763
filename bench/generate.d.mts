export interface Rng {
  next(): number;
  int(n: number): number;
  pick<T>(list: readonly T[]): T;
  chance(p: number): boolean;
}
export function rng(seed: number): Rng;
/**
 * A realistic policy of at least `bytes` bytes of UTF-8; the same text for the same size, seed and shape.
 * 'general': body, appended 別表 and procedures; 'table': almost all of it one GFM table (one heading section);
 * 'list': almost all of it one numbered list with nested sub-items (one heading section).
 */
export function generatePolicy(bytes: number, seed?: number, options?: { shape?: PolicyShape }): string;
export type PolicyShape = 'general' | 'table' | 'list';
