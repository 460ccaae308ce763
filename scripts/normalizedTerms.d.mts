// Types for scripts/normalizedTerms.mjs (used by tests written in TypeScript).
import type { CatalogData } from '../server/src/core/catalog/types';
export declare function catalogTerms(data: CatalogData): string[];
export declare function normalizedTerms(data?: CatalogData): Promise<Record<string, string>>;
