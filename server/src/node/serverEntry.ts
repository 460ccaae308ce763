// server/out/server.js: `node server/out/server.js --stdio` (or --node-ipc, as the VS Code client starts it).
// Loads the shared bundle (server/out/kijun.js) through the code cache and starts the language server.
import { join } from 'node:path';
import { loadBundle } from './codeCache';

loadBundle<typeof import('../kijun')>(join(__dirname, 'kijun.js'), 'server').startServer();
