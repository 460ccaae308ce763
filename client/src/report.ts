import * as vscode from 'vscode';
// The base client: the Node client (extension.ts) and the web worker's (browserExtension.ts) both are one.
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';

// The server's request answering with the compliance report as HTML (server/src/lsp/complianceReport.ts), and
// its notification that a policy set was checked again (server/src/lsp/policySets.ts).
import {
  COMPLIANCE_REPORT_REQUEST,
  REPORT_CHANGED_NOTIFICATION,
  type ComplianceReportResult,
} from '../../server/src/protocol';

/** How long the report waits after the last edit before asking for a new one. */
const UPDATE_DELAY_MS = 400;

/**
 * The script of the report's webview, allowed by its nonce and nothing else (the page's CSP): it turns a click
 * on a clause link (`a[data-kijun-path]`) into a message for the extension, which opens the file at the clause;
 * follows links inside the page; replaces the page's body when the extension sends a newer report (so the
 * scroll position stays); and remembers the scroll position across reloads.
 */
const SCRIPT = `(() => {
  const vscode = acquireVsCodeApi();
  const restore = () => {
    const s = vscode.getState();
    if (s && typeof s.y === 'number') window.scrollTo(0, s.y);
  };
  let frame = 0;
  addEventListener('scroll', () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      vscode.setState({ y: window.scrollY });
    });
  }, { passive: true });
  const onClick = (e) => {
    const a = e.target instanceof Element ? e.target.closest('a') : null;
    if (!a) return;
    e.preventDefault();
    e.stopPropagation();
    const path = a.getAttribute('data-kijun-path');
    if (path !== null) {
      vscode.postMessage({
        type: 'open',
        path,
        line: Number(a.getAttribute('data-kijun-line') || 0),
        character: Number(a.getAttribute('data-kijun-character') || 0),
      });
      return;
    }
    const href = a.getAttribute('href') || '';
    if (href.startsWith('#')) {
      const target = document.getElementById(decodeURIComponent(href.slice(1)));
      if (target) target.scrollIntoView();
    }
  };
  document.addEventListener('click', onClick, true);
  document.addEventListener('auxclick', onClick, true);
  addEventListener('message', (e) => {
    const m = e.data;
    if (!m || m.type !== 'update' || typeof m.html !== 'string') return;
    const next = new DOMParser().parseFromString(m.html, 'text/html');
    const y = window.scrollY;
    document.body.replaceWith(document.adoptNode(next.body));
    document.title = next.title;
    document.documentElement.lang = next.documentElement.lang;
    window.scrollTo(0, y);
  });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', restore);
  else restore();
  vscode.postMessage({ type: 'ready' });
})();`;

const sameUri = (a: string, b: string) => {
  try {
    return vscode.Uri.parse(a).toString() === vscode.Uri.parse(b).toString();
  } catch {
    return a === b;
  }
};

/**
 * "Kijun: Show Compliance Report": the phase-1 HTML report (the same as `kijun report`) in a webview beside the
 * editor, one per policy (a set's kijun.json, or a single file), updated as the user edits any of its files or
 * the server re-checks the set (file changes on disk). The page runs only Kijun's own script (CSP with a nonce,
 * nothing loaded), so it is safe in an untrusted workspace; all policy text in it is escaped by the server.
 */
export class ReportPanels implements vscode.Disposable {
  private readonly panels = new Map<string, ReportPanel>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly client: LanguageClient) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (!e.contentChanges.length) return;
        const uri = e.document.uri.toString();
        for (const p of this.panels.values()) if (p.covers(uri)) p.schedule();
      }),
      vscode.workspace.onDidCloseTextDocument((e) => {
        const uri = e.uri.toString();
        for (const p of this.panels.values()) if (p.covers(uri)) p.schedule();
      }),
    );
    this.disposables.push(
      client.onNotification(REPORT_CHANGED_NOTIFICATION, (params: { uris?: unknown }) => {
        const uris = Array.isArray(params?.uris) ? params.uris.filter((u): u is string => typeof u === 'string') : [];
        for (const p of this.panels.values()) if (uris.some((u) => p.covers(u))) p.schedule();
      }),
    );
  }

  /** Opens (or reveals) the report of the policy `uri` belongs to. False when it is not checked as a policy. */
  async show(uri: string, sourceColumn?: vscode.ViewColumn): Promise<boolean> {
    const request = requestFor(uri);
    const result = await this.client.sendRequest<ComplianceReportResult | null>(
      COMPLIANCE_REPORT_REQUEST,
      request.params,
    );
    if (!result) return false;
    const existing = this.panels.get(result.key);
    if (existing) {
      existing.target = uri;
      existing.update(result);
      existing.panel.reveal(undefined, true);
      return true;
    }
    const panel = vscode.window.createWebviewPanel(
      'kijun.complianceReport',
      this.title(result),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      {
        enableScripts: true,
        enableCommandUris: false,
        enableForms: false,
        localResourceRoots: [],
        enableFindWidget: true,
        retainContextWhenHidden: false,
      },
    );
    const view = new ReportPanel(panel, uri, sourceColumn, this.client, (r) => this.title(r));
    this.panels.set(result.key, view);
    panel.onDidDispose(() => {
      view.dispose();
      if (this.panels.get(result.key) === view) this.panels.delete(result.key);
    });
    view.update(result);
    return true;
  }

  private title(r: ComplianceReportResult): string {
    return `${PANEL_TITLE[r.lang]}: ${r.title}`;
  }

  dispose(): void {
    for (const p of this.panels.values()) p.panel.dispose();
    this.panels.clear();
    for (const d of this.disposables) d.dispose();
  }
}

// The client's one word of its own, in the report's language (not VS Code's, so not vscode.l10n). Kept here, not
// imported from server/src/core/i18n: that table would add its every string to the client bundle.
const PANEL_TITLE: Record<ComplianceReportResult['lang'], string> = { ja: '準拠レポート', en: 'Compliance report' };

/** The request for `uri`, with a fresh nonce in the page's CSP and on its one script. */
function requestFor(uri: string): { params: { uri: string; csp: string; head: string } } {
  // Web Crypto: in VS Code's Node extension host and in the browser's alike (no node:crypto in the web build).
  const nonce = btoa(String.fromCharCode(...globalThis.crypto.getRandomValues(new Uint8Array(18))));
  const csp = [
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    'img-src data:',
    `script-src 'nonce-${nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return { params: { uri, csp, head: `<script nonce="${nonce}">${SCRIPT}</script>` } };
}

class ReportPanel {
  private files = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  /** The script said it is listening: updates can be posted instead of reloading the page. */
  private ready = false;
  /** The newest report, and the page in `webview.html` (what VS Code reloads a hidden webview from). */
  private latest = '';
  private assigned = '';
  private disposed = false;
  private inFlight = false;
  private again = false;

  constructor(
    readonly panel: vscode.WebviewPanel,
    public target: string,
    private readonly sourceColumn: vscode.ViewColumn | undefined,
    private readonly client: LanguageClient,
    private readonly title: (r: ComplianceReportResult) => string,
  ) {
    panel.webview.onDidReceiveMessage((m: unknown) => this.received(m));
    let visible = panel.visible;
    panel.onDidChangeViewState(() => {
      // A hidden webview is discarded (retainContextWhenHidden: false) and comes back from `webview.html`.
      if (panel.visible && !visible && this.assigned !== this.latest) this.assign(this.latest);
      if (!panel.visible) this.ready = false;
      visible = panel.visible;
    });
  }

  covers(uri: string): boolean {
    if (this.files.has(normalize(uri))) return true;
    return sameUri(uri, this.target);
  }

  schedule(): void {
    if (this.disposed) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), UPDATE_DELAY_MS);
  }

  private async refresh(): Promise<void> {
    if (this.inFlight) {
      this.again = true;
      return;
    }
    this.inFlight = true;
    try {
      const request = requestFor(this.target);
      const result = await this.client.sendRequest<ComplianceReportResult | null>(
        COMPLIANCE_REPORT_REQUEST,
        request.params,
      );
      if (result && !this.disposed) this.update(result);
    } catch {
      /* the server is restarting or gone: keep the last report */
    } finally {
      this.inFlight = false;
      if (this.again) {
        this.again = false;
        this.schedule();
      }
    }
  }

  update(result: ComplianceReportResult): void {
    if (this.disposed) return;
    this.files = new Set([
      ...result.files.map((f) => normalize(f.uri)),
      ...(result.config ? [normalize(result.config)] : []),
    ]);
    this.panel.title = this.title(result);
    this.latest = result.html;
    if (!this.panel.visible) return;
    if (this.ready) {
      // The page swaps its body (the scroll position stays); `webview.html` is brought up to date when the
      // webview comes back after being hidden.
      void this.panel.webview.postMessage({ type: 'update', html: result.html }).then((ok) => {
        if (!ok) this.assign(result.html);
      });
    } else this.assign(result.html);
  }

  private assign(html: string): void {
    this.ready = false;
    this.assigned = html;
    this.panel.webview.html = html;
  }

  private received(m: unknown): void {
    if (!m || typeof m !== 'object') return;
    const msg = m as { type?: unknown; path?: unknown; line?: unknown; character?: unknown };
    if (msg.type === 'ready') {
      this.ready = true;
      return;
    }
    if (msg.type !== 'open' || typeof msg.path !== 'string') return;
    // Only the policy's own files: the page could be made to post anything, the extension opens nothing else.
    const path = msg.path;
    if (!this.files.has(normalize(path))) return;
    const line = toIndex(msg.line);
    const character = toIndex(msg.character);
    const position = new vscode.Position(line, character);
    void vscode.window
      .showTextDocument(vscode.Uri.parse(path), {
        viewColumn: this.sourceColumn ?? vscode.ViewColumn.One,
        selection: new vscode.Range(position, position),
        preserveFocus: false,
        preview: false,
      })
      .then(
        (editor) =>
          editor.revealRange(
            new vscode.Range(position, position),
            vscode.TextEditorRevealType.InCenterIfOutsideViewport,
          ),
        (e: unknown) => void vscode.window.showErrorMessage(`Kijun: ${e instanceof Error ? e.message : String(e)}`),
      );
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
  }
}

const normalize = (uri: string) => {
  try {
    return vscode.Uri.parse(uri).toString();
  } catch {
    return uri;
  }
};

const toIndex = (v: unknown) =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.min(Math.floor(v), 10_000_000) : 0;
