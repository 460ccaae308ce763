// The editor's paper commands:
// - "Kijun: Create 新旧対照表": the current document against its git HEAD version (through the vscode.git
//   extension's API, when it is there and knows the file), else against the saved file (when the document has
//   unsaved changes), else against a file the user picks. The server builds the table (kijun/revisionTable); it
//   opens in a webview (no script) and can be saved as an HTML file that prints on A4 landscape. The .docx is
//   the command line's (`kijun revise --format docx`), to keep the Word writer out of the extension.
// - "Kijun: New Policy from the Standard": a new 対策基準 covering every requirement (kijun/policySkeleton) in an
//   untitled Markdown document, in the drafting style and for the kind of organisation the user picks.
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import {
  CLIENT_COMMANDS,
  POLICY_SKELETON_REQUEST,
  REVISION_TABLE_REQUEST,
  type PolicySkeletonParams,
  type PolicySkeletonResult,
  type RevisionTableParams,
  type RevisionTableResult,
} from '../../server/src/protocol';

const ja = () => vscode.env.language.toLowerCase().startsWith('ja');

/** The part of the vscode.git extension's API used here (its `getAPI(1)`). */
interface GitApi {
  getRepository(uri: vscode.Uri): { show(ref: string, path: string): Promise<string> } | null;
}

async function gitHeadText(uri: vscode.Uri): Promise<string | undefined> {
  if (uri.scheme !== 'file') return undefined;
  const ext = vscode.extensions.getExtension<{ getAPI(version: 1): GitApi }>('vscode.git');
  if (!ext) return undefined;
  try {
    const exports = ext.isActive ? ext.exports : await ext.activate();
    const repo = exports.getAPI(1).getRepository(uri);
    return repo ? await repo.show('HEAD', uri.fsPath) : undefined;
  } catch {
    return undefined; // not committed yet, no repository, git missing
  }
}

async function oldVersion(doc: vscode.TextDocument): Promise<{ text: string; label: string } | undefined> {
  const head = await gitHeadText(doc.uri);
  if (head !== undefined && head !== doc.getText()) return { text: head, label: 'git HEAD' };
  if (doc.isDirty && doc.uri.scheme === 'file') {
    try {
      const saved = new TextDecoder().decode(await vscode.workspace.fs.readFile(doc.uri));
      return { text: saved, label: ja() ? '保存済みの版' : 'saved file' };
    } catch {
      /* fall through to asking */
    }
  }
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false,
    openLabel: ja() ? '改正前の版として使う' : 'Use as the current (old) text',
    title: ja() ? '比較する改正前のファイルを選んでください' : 'Choose the current (old) version to compare with',
    filters: { Markdown: ['md', 'markdown'] },
  });
  if (!picked?.[0]) return undefined;
  return { text: new TextDecoder().decode(await vscode.workspace.fs.readFile(picked[0])), label: picked[0].fsPath };
}

export function registerPaperCommands(
  context: vscode.ExtensionContext,
  client: () => LanguageClient | undefined,
): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(CLIENT_COMMANDS.createRevisionTable, async () => {
      const editor = vscode.window.activeTextEditor;
      const c = client();
      if (!editor || !c) return;
      const old = await oldVersion(editor.document);
      if (!old) return;
      const result = await c.sendRequest<RevisionTableResult | null>(REVISION_TABLE_REQUEST, {
        uri: editor.document.uri.toString(),
        oldText: old.text,
      } satisfies RevisionTableParams);
      if (!result) {
        void vscode.window.showInformationMessage(
          ja()
            ? 'Kijun: この文書は情報セキュリティポリシーとして検査されていません。'
            : 'Kijun: this document is not checked as a security policy.',
        );
        return;
      }
      const panel = vscode.window.createWebviewPanel(
        'kijun.revisionTable',
        result.title,
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: false },
      );
      panel.webview.html = result.html;
      const save = ja() ? 'HTML を保存…' : 'Save HTML…';
      const choice = await vscode.window.showInformationMessage(
        ja()
          ? `Kijun: 新旧対照表（${old.label} との比較、改正箇所 ${result.changes}）`
          : `Kijun: comparison table against ${old.label} (${result.changes} changes)`,
        save,
      );
      if (choice !== save) return;
      const base =
        editor.document.uri.scheme === 'file'
          ? vscode.Uri.joinPath(
              editor.document.uri,
              '..',
              `${editor.document.uri.path
                .split('/')
                .pop()
                ?.replace(/\.[^.]+$/, '')}_新旧対照表.html`,
            )
          : undefined;
      const target = await vscode.window.showSaveDialog({
        ...(base ? { defaultUri: base } : {}),
        filters: { HTML: ['html'] },
      });
      if (target) await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.html));
    }),
    vscode.commands.registerCommand(CLIENT_COMMANDS.newPolicy, async () => {
      const c = client();
      if (!c) return;
      const j = ja();
      const style = await vscode.window.showQuickPick(
        [
          { label: j ? '条建て（第1条（目的））' : 'Articles (第1条（目的）)', value: 'article' },
          { label: j ? '項番建て（1.1 目的）' : 'Decimal sections (1.1)', value: 'decimal' },
        ],
        { title: j ? 'Kijun: 対策基準の書き方' : 'Kijun: drafting style' },
      );
      if (!style) return;
      const org = await vscode.window.showQuickPick(
        [
          { label: j ? '府省庁' : 'Ministry', value: 'ministry' },
          { label: j ? '独立行政法人' : 'Incorporated administrative agency', value: 'agency' },
          { label: j ? '国立大学法人等' : 'National university corporation', value: 'higher-education' },
        ],
        { title: j ? 'Kijun: 組織の種類' : 'Kijun: kind of organisation' },
      );
      if (!org) return;
      const edition = vscode.workspace.getConfiguration('kijun').get<string>('edition');
      const result = await c.sendRequest<PolicySkeletonResult | null>(POLICY_SKELETON_REQUEST, {
        style: style.value as PolicySkeletonParams['style'],
        organization: org.value as PolicySkeletonParams['organization'],
        edition,
      } satisfies PolicySkeletonParams);
      if (!result) return;
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: result.text });
      await vscode.window.showTextDocument(doc);
    }),
  );
}
