import { TextEdit, type AnnotatedTextEdit, type SnippetTextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { InsertEdit } from '../core/edits';

/** What the client said it can apply (initialize capabilities). */
export interface EditSupport {
  /** workspace.workspaceEdit.documentChanges: versioned edits, refused by the client if the text moved on. */
  documentChanges: boolean;
  /** workspace.workspaceEdit.snippetEditSupport (LSP 3.18): snippet edits with tab stops. */
  snippets: boolean;
  /**
   * workspace.workspaceEdit.changeAnnotationSupport: the client honours change annotations, so an edit marked
   * `needsConfirmation` is shown to the user before it is applied (VS Code: the refactor preview).
   */
  changeAnnotations?: boolean;
}

interface WorkspaceEditCapabilities {
  workspace?: {
    workspaceEdit?: { documentChanges?: boolean; snippetEditSupport?: boolean; changeAnnotationSupport?: object };
  };
}

export function readEditSupport(capabilities: WorkspaceEditCapabilities): EditSupport {
  const we = capabilities.workspace?.workspaceEdit;
  const documentChanges = !!we?.documentChanges;
  // Snippet edits and annotated edits exist only inside versioned TextDocumentEdits.
  return {
    documentChanges,
    snippets: documentChanges && !!we?.snippetEditSupport,
    changeAnnotations: documentChanges && !!we?.changeAnnotationSupport,
  };
}

const rangeOf = (document: TextDocument, e: InsertEdit) => ({
  start: document.positionAt(e.offset),
  end: document.positionAt(e.end ?? e.offset),
});

/** Insertions (document offsets) as a WorkspaceEdit any LSP client can apply. */
export function toWorkspaceEdit(document: TextDocument, inserts: InsertEdit[], support: EditSupport): WorkspaceEdit {
  const edits = inserts.map((e): TextEdit | SnippetTextEdit => {
    const range = rangeOf(document, e);
    return e.snippet && support.snippets
      ? { range, snippet: { kind: 'snippet', value: e.text } }
      : TextEdit.replace(range, e.text);
  });
  if (support.documentChanges)
    return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] };
  return { changes: { [document.uri]: edits as TextEdit[] } };
}

/** The change annotation of edits that rewrite the user's text: the client asks before applying them. */
export const REWRITE_ANNOTATION = 'kijun.rewrite';

/**
 * Edits that rewrite the user's own text (not only insert): with change-annotation support every edit carries an
 * annotation with `needsConfirmation`, so the client shows the change and applies it only when the user agrees.
 * Clients without that support get a plain edit; they offer it only as an explicit, non-preferred choice.
 */
export function toConfirmedEdit(
  document: TextDocument,
  edits: InsertEdit[],
  support: EditSupport,
  label: string,
  description: string,
): WorkspaceEdit {
  if (!support.changeAnnotations)
    return toWorkspaceEdit(
      document,
      edits.map((e) => ({ ...e, snippet: false })),
      support,
    );
  const annotated = edits.map(
    (e): AnnotatedTextEdit => ({ range: rangeOf(document, e), newText: e.text, annotationId: REWRITE_ANNOTATION }),
  );
  return {
    documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits: annotated }],
    changeAnnotations: { [REWRITE_ANNOTATION]: { label, description, needsConfirmation: true } },
  };
}
