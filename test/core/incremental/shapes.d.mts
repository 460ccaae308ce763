/** A policy whose bulk is one section holding one table of about `bytes` UTF-8 bytes. */
export function oneTablePolicy(bytes: number, seed?: number): string;
/** A policy whose bulk is one section holding one numbered, nested list of about `bytes` UTF-8 bytes. */
export function oneListPolicy(bytes: number, seed?: number): string;
