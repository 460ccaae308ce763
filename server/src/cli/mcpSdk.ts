// server/out/mcp-sdk.js: the MCP SDK and zod, in a bundle of their own. Only `kijun mcp` loads it (server/src/cli/
// mcp.ts, at run time, by path): neither the language server nor any other command pays for it.
export { McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
export { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
export { RootsListChangedNotificationSchema } from '@modelcontextprotocol/sdk/types.js';
export { z } from 'zod';
