// server/out/cli.js: the `kijun` command. Loads the shared bundle (server/out/kijun.js) through the code cache
// and runs the command line.
import { join } from 'node:path';
import { loadBundle } from './codeCache';

loadBundle<typeof import('../kijun')>(join(__dirname, 'kijun.js'), 'cli').runCli();
