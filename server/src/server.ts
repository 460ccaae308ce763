// The Kijun language server: `node server/out/server.js --stdio` (or --node-ipc, as the VS Code client starts it).
import { nodeFileSystem } from './core/io/nodeFileSystem';
import { startServer } from './server/connection';

// A bug must not end the session for every open document: log it and keep serving.
process.on('uncaughtException', (e) => console.error('kijun: uncaught exception', e));
process.on('unhandledRejection', (e) => console.error('kijun: unhandled rejection', e));

// Policy sets read from the disk (the web worker passes the client's file system instead).
startServer(undefined, () => nodeFileSystem);
