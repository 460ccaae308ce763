import { TextEdit, type SnippetTextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { InsertEdit } from '../core/edits';

/** What the client said it can apply (initialize capabilities). */
export interface EditSupport {
  /** workspace.workspaceEdit.documentChanges: versioned edits, refused by the client if the text moved on. */
  documentChanges: boolean;
  /** workspace.workspaceEdit.snippetEditSupport (LSP 3.18): snippet edits with tab stops. */
  snippets: boolean;
}

export function readEditSupport(capabilities: { workspace?: { workspaceEdit?: { documentChanges?: boolean; snippetEditSupport?: boolean } } }): EditSupport {
  const we = capabilities.workspace?.workspaceEdit;
  const documentChanges = !!we?.documentChanges;
  // Snippet edits exist only inside versioned TextDocumentEdits.
  return { documentChanges, snippets: documentChanges && !!we?.snippetEditSupport };
}

/** Insertions (document offsets) as a WorkspaceEdit any LSP client can apply. */
export function toWorkspaceEdit(document: TextDocument, inserts: InsertEdit[], support: EditSupport): WorkspaceEdit {
  const edits = inserts.map((e): TextEdit | SnippetTextEdit => {
    const at = document.positionAt(e.offset);
    const range = { start: at, end: at };
    return e.snippet && support.snippets ? { range, snippet: { kind: 'snippet', value: e.text } } : TextEdit.insert(at, e.text);
  });
  if (support.documentChanges) return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] };
  return { changes: { [document.uri]: edits as TextEdit[] } };
}
