import type { Connection } from 'vscode-languageserver/node';

/**
 * Wraps a handler so that an exception (a document the core chokes on, a client sending odd params) is
 * logged to the client's output and answered with an empty result: one broken document never takes the
 * server down for the others.
 */
export function safe<P extends unknown[], R>(
  connection: Connection,
  name: string,
  fallback: R,
  handler: (...args: P) => R | Promise<R>,
): (...args: P) => Promise<R> {
  return async (...args: P) => {
    try {
      return await handler(...args);
    } catch (e) {
      connection.console.error(`kijun: ${name} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return fallback;
    }
  };
}
