import { POLICY_SET_FILE_NAMES } from '../core/policySet/config';
import {
  DidChangeWatchedFilesNotification,
  type ClientCapabilities,
  type Connection,
  type FileEvent,
} from 'vscode-languageserver/node';

/** What the server watches: set configurations and the Markdown files a set may list. */
export const WATCHED_GLOBS = [...POLICY_SET_FILE_NAMES.map((name) => `**/${name}`), '**/*.md', '**/*.markdown'];

/**
 * workspace/didChangeWatchedFiles. The server asks the client to watch the files above with a dynamic
 * registration when the client can take one (VS Code, Neovim); any client may also send the notification on
 * its own. Nothing depends on the events for correctness (files are re-read when their modification time
 * changes); they make a re-check happen when a file changes on disk rather than at the next edit.
 */
export class FileWatching {
  private dynamic = false;

  constructor(
    private readonly connection: Connection,
    onChange: (changes: FileEvent[]) => void,
  ) {
    connection.onDidChangeWatchedFiles((params) => {
      try {
        const changes = Array.isArray(params?.changes)
          ? params.changes.filter((c) => c && typeof c.uri === 'string' && typeof c.type === 'number')
          : [];
        if (changes.length) onChange(changes);
      } catch (e) {
        connection.console.error(
          `kijun: didChangeWatchedFiles failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
        );
      }
    });
  }

  /** From initialize: whether the client takes a dynamic registration for watched files. */
  configure(capabilities: ClientCapabilities): void {
    this.dynamic = !!capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  }

  /** From initialized: asks the client to watch. */
  register(): void {
    if (!this.dynamic) return;
    this.connection.client
      .register(DidChangeWatchedFilesNotification.type, {
        watchers: WATCHED_GLOBS.map((globPattern) => ({ globPattern })),
      })
      .catch((e: unknown) =>
        this.connection.console.warn(
          `kijun: the client refused to watch files (${e instanceof Error ? e.message : String(e)}); sets are re-checked on edits only`,
        ),
      );
  }
}
