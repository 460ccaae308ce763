// "Kijun: Import Policy…": a Word file (.docx), a 例規集 / web page (.html) or plain text converted to Markdown
// next to it (same name, .md) and opened beside the editor. The document libraries are in their own bundle,
// server/out/import.js, required only when this command runs. An existing file is never overwritten without asking.
import * as vscode from 'vscode';
import { CLIENT_COMMANDS } from '../../server/src/protocol';

type ImportModule = typeof import('../../server/src/import/bundle');

const ja = () => vscode.env.language.toLowerCase().startsWith('ja');
const t = (jaText: string, en: string) => (ja() ? jaText : en);

export function registerImport(_context: vscode.ExtensionContext): vscode.Disposable {
  let loaded: ImportModule | undefined;
  const load = (): ImportModule => {
    // client/out/extension.js → server/out/import.js, external to the client bundle (scripts/build.mjs): the
    // libraries are read only now.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (loaded ??= require('../../server/out/import.js') as ImportModule);
  };
  return vscode.commands.registerCommand(CLIENT_COMMANDS.importPolicy, async (arg?: vscode.Uri) => {
    const source =
      arg instanceof vscode.Uri
        ? arg
        : (
            await vscode.window.showOpenDialog({
              canSelectMany: false,
              openLabel: t('Markdown に変換', 'Convert to Markdown'),
              title: t(
                'Kijun: 取り込むポリシー文書（Word・例規集ページ・テキスト）',
                'Kijun: the policy document to convert (Word, 例規集 page, text)',
              ),
              filters: {
                [t('ポリシー文書', 'Policy documents')]: ['docx', 'html', 'htm', 'txt'],
                [t('すべてのファイル', 'All files')]: ['*'],
              },
            })
          )?.[0];
    if (!source) return;
    const name = source.path.split('/').pop() ?? 'policy';
    const result = await vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        title: t(`Kijun: ${name} を変換中…`, `Kijun: converting ${name}…`),
      },
      async () => {
        try {
          const bytes = await vscode.workspace.fs.readFile(source);
          return await load().importDocument(bytes, name);
        } catch (e) {
          return { ok: false as const, message: e instanceof Error ? e.message : String(e) };
        }
      },
    );
    if (!result.ok) {
      void vscode.window.showErrorMessage(
        t(`Kijun: ${name} を取り込めません: ${result.message}`, `Kijun: cannot import ${name}: ${result.message}`),
      );
      return;
    }
    let target = vscode.Uri.joinPath(source, '..', name.replace(/\.[^.]+$/, '') + '.md');
    if (await exists(target)) {
      const overwrite = t('上書き', 'Overwrite');
      const other = t('別の名前で保存…', 'Save As…');
      const choice = await vscode.window.showWarningMessage(
        t(
          `${target.path.split('/').pop()} は既にあります。上書きしますか？`,
          `${target.path.split('/').pop()} already exists. Overwrite it?`,
        ),
        { modal: true },
        overwrite,
        other,
      );
      if (choice === other) {
        const picked = await vscode.window.showSaveDialog({ defaultUri: target, filters: { Markdown: ['md'] } });
        if (!picked) return;
        target = picked;
      } else if (choice !== overwrite) return;
    }
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.markdown));
    await vscode.window.showTextDocument(target, { viewColumn: vscode.ViewColumn.Beside, preview: false });
    const notes = result.notes.length ? ` (${result.notes.join('; ')})` : '';
    void vscode.window.showInformationMessage(
      t(`Kijun: ${name} を Markdown に変換しました${notes}`, `Kijun: converted ${name} to Markdown${notes}`),
    );
  });
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
