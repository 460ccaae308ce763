// The `kijun` command: the table of subcommands, one module each under cli/ (their shared parser: cli/args.ts).
// Commands are required when they run, not imported: `kijun mcp` alone loads the MCP SDK (cli/mcp.ts), and a
// command's module can grow without slowing the others' start.
import { CliUsageError } from './cli/args';
import { guardStderr } from './cli/progress';
import { USAGE, VERSION } from './cli/usage';

type Command = (args: string[]) => number | Promise<number>;

const COMMANDS: Record<string, () => Command> = {
  check: () => (require('./cli/check') as typeof import('./cli/check')).check,
  report: () => (require('./cli/report') as typeof import('./cli/report')).report,
  editions: () => (require('./cli/editions') as typeof import('./cli/editions')).editions,
  revise: () => (require('./cli/revise') as typeof import('./cli/revise')).runRevise,
  init: () => (require('./cli/init') as typeof import('./cli/init')).runInit,
  fix: () => (require('./cli/fix') as typeof import('./cli/fix')).fix,
  mcp: () => {
    // Bundled, ./cli/mcp is server/out/mcp-sdk.js (scripts/build.mjs): the npm package carries it, the .vsix does not.
    try {
      return (require('./cli/mcp') as typeof import('./cli/mcp')).mcp;
    } catch (e) {
      if ((e as { code?: string }).code !== 'MODULE_NOT_FOUND') throw e;
      throw new CliUsageError(
        'the MCP server is not part of this installation (server/out/mcp-sdk.js is missing): run npm run build, or install the npm package',
      );
    }
  },
  import: () => (require('./cli/import') as typeof import('./cli/import')).importCommand,
};

function main(argv: string[]): number | Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    process.stdout.write(USAGE + '\n');
    return command ? 0 : 2;
  }
  if (command === '-v' || command === '--version') {
    process.stdout.write(VERSION + '\n');
    return 0;
  }
  if (!Object.hasOwn(COMMANDS, command))
    throw new CliUsageError(
      `unknown command "${command}" (try: kijun check PATH, kijun report PATH or kijun editions)`,
    );
  return COMMANDS[command]()(rest);
}

function fail(e: unknown): void {
  process.stderr.write(
    e instanceof CliUsageError ? `kijun: ${e.message}\n` : `kijun: internal error: ${(e as Error).message}\n`,
  );
  process.exitCode = 2;
}

/** Commands that read Word files are asynchronous (the .docx reader is): documents are converted first. */
async function run(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === 'check') {
    const { convertDocuments, DOCUMENT_NAME } = require('./cli/documents') as typeof import('./cli/documents');
    if (rest.some((a) => DOCUMENT_NAME.test(a))) await convertDocuments(rest.filter((a) => DOCUMENT_NAME.test(a)));
  }
  process.exitCode = await main(argv);
}

/** Runs `kijun ARGS…`; the exit code is process.exitCode. */
export function runCli(argv: string[]): void {
  guardStderr();
  run(argv).catch(fail);
}
