// Types for scripts/gfmTableEditMap.mjs (used by tests and configs written in TypeScript).
export declare const replacement: string;
export declare function isGfmTableEditMap(specifier: string, importer: string | undefined): boolean;
export declare function esbuildPlugin(): { name: string; setup(build: unknown): void };
export declare function vitePlugin(): {
  name: string;
  enforce: 'pre';
  resolveId(source: string, importer?: string): string | null;
};
