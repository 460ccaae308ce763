// `kijun check --jobs N`: how many threads check files at once (this one and N - 1 workers). Default: one per core the process may use
// (os.availableParallelism()); 1: the files are checked one after the other in the main thread, with no worker.
import { availableParallelism } from 'node:os';

export const JOBS_OPTION = { jobs: { type: 'string' as const } };

export const JOBS_USAGE = `  --jobs N                      check files on N threads at once (default: one per core, here
                                from os.availableParallelism(); 1: one after the other); the output
                                is the same whatever N is`;

/** The number of jobs `--jobs` asks for, or why the value is not one. */
export function jobsOption(
  value: string | undefined,
  cores: () => number = availableParallelism,
): { jobs: number } | { error: string } {
  if (value === undefined) return { jobs: Math.max(1, cores()) };
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1)
    return { error: `--jobs must be a whole number of at least 1 (got "${value}")` };
  return { jobs: Math.min(Number(value), 256) };
}
