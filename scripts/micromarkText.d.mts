// Types for scripts/micromarkText.mjs (used by tests and configs written in TypeScript).
export declare const replacement: string;
export declare function isMicromarkText(specifier: string, importer: string | undefined): boolean;
export declare function esbuildPlugin(): { name: string; setup(build: unknown): void };
export declare function vitePlugin(): {
  name: string;
  enforce: 'pre';
  resolveId(source: string, importer?: string): string | null;
};
export declare function packageJson(name: string): string;
