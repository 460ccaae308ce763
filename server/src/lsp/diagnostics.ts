import { DiagnosticSeverity, type Connection, type Diagnostic, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { pick, type Finding, type FindingData, type PolicyAnalysis, type Severity } from '../core';
import type { AnalysisSource } from './analysisCache';
import { docsHref } from './docsLink';
import type { Lang } from './i18n';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a diagnostic carries for the quick fixes: the finding's data and the version it was computed on. */
export interface DiagnosticData extends FindingData {
  version: number;
}

export function toDiagnostic(
  f: Finding,
  analysis: PolicyAnalysis,
  uri: string,
  version: number,
  lang: Lang,
): Diagnostic {
  const documented = analysis.catalog.byId.has(f.code) || f.code === analysis.catalog.data.editionCheck.id;
  const data: DiagnosticData = { ...f.data, version };
  return {
    range: f.range,
    severity: SEVERITY[f.severity],
    code: f.code,
    ...(documented ? { codeDescription: { href: docsHref(f.code) } } : {}),
    source: 'kijun',
    message: pick(f.messages, lang),
    ...(f.related.length
      ? { relatedInformation: f.related.map((r) => ({ location: { uri, range: r.range }, message: r.message })) }
      : {}),
    data,
  };
}

/** How a document's diagnostics are being scheduled (see DiagnosticsPublisher). */
interface Schedule {
  /** Changes (and other reasons to publish) seen so far. */
  changes: number;
  /** `changes` when the last publish started: the changes it covered are the difference. */
  publishedChanges: number;
  /** How many changes the last publish covered (more than one: they arrived faster than they were analyzed). */
  coalesced: number;
  /** When the last change arrived (performance.now()), -Infinity before the first. */
  lastChange: number;
  /** What the last analysis took, and a running average of recent ones (ms). */
  lastCost: number;
  cost: number;
  pending?: {
    /** When the publish is due. */
    due: number;
    timer?: NodeJS.Timeout;
    immediate?: NodeJS.Immediate;
    /** `changes` at the last look (-1: not looked yet): publish only after a turn without a new change. */
    seen: number;
  };
}

/** Never wait longer than this for more changes (the fixed delay the server used to wait after every change). */
export const MAX_PUBLISH_DELAY = 150;
/** The shortest wait for more changes while they arrive faster than they are analyzed. */
export const MIN_BURST_DELAY = 10;
/** Samples shorter than this are answers from the analysis cache (a hover asked first), not analyses. */
const CACHED_MS = 0.5;

/**
 * Publishes diagnostics as the user types, as soon as they can be useful:
 *
 * - A change after a pause is analyzed at once: at the end of the event-loop turns that bring changes, so
 *   changes that were already queued (the connection hands over one message per turn) are analyzed together.
 * - Only while changes arrive faster than they are analyzed — the last analysis covered several of them, or a
 *   change came sooner after the previous one than the last analysis took — the publish waits a little for
 *   more: twice the recent analysis time, at least MIN_BURST_DELAY and at most MAX_PUBLISH_DELAY ms. The wait is
 *   not pushed back by the changes that arrive during it, so a long burst is still checked every so often.
 * - A result is sent only if the document is still at the version that was analyzed: never diagnostics of a
 *   stale text. Each change schedules a publish, so a burst always ends with the diagnostics of its last version.
 */
export class DiagnosticsPublisher {
  private schedules = new Map<string, Schedule>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly source: AnalysisSource,
  ) {}

  /**
   * Publishes the document's diagnostics after `delay` ms; without one (a change typed by the user) as soon as
   * the schedule above allows.
   */
  schedule(uri: string, delay?: number): void {
    const s = this.stateOf(uri);
    const now = performance.now();
    s.changes++;
    let wait = delay ?? 0;
    if (delay === undefined) {
      const interval = now - s.lastChange;
      s.lastChange = now;
      const burstDelay = this.burstDelay(s);
      if (interval < burstDelay && (s.coalesced > 1 || interval < s.lastCost)) wait = burstDelay;
    }
    const due = now + Math.max(0, wait);
    const pending = s.pending;
    // Already due as soon or sooner: changes during a wait do not push it back.
    if (pending && pending.due <= due) return;
    if (pending) this.cancel(pending);
    s.pending = { due, seen: -1 };
    if (wait > 0) s.pending.timer = setTimeout(() => this.settle(uri), wait);
    else s.pending.immediate = setImmediate(() => this.settle(uri));
  }

  /** Re-checks every open document (settings changed). */
  scheduleAll(): void {
    for (const d of this.documents.all()) this.schedule(d.uri, 0);
  }

  /** How long to wait for more changes while they arrive faster than they are analyzed. */
  private burstDelay(s: Schedule): number {
    return Math.min(MAX_PUBLISH_DELAY, Math.max(MIN_BURST_DELAY, 2 * s.cost));
  }

  private stateOf(uri: string): Schedule {
    let s = this.schedules.get(uri);
    if (!s) {
      s = { changes: 0, publishedChanges: 0, coalesced: 0, lastChange: -Infinity, lastCost: 0, cost: 0 };
      this.schedules.set(uri, s);
    }
    return s;
  }

  /** The publish is due: once a turn of the event loop has passed without a new change, publish. */
  private settle(uri: string): void {
    const s = this.schedules.get(uri);
    const pending = s?.pending;
    if (!s || !pending) return;
    pending.timer = pending.immediate = undefined;
    if (pending.seen !== s.changes) {
      pending.seen = s.changes;
      pending.immediate = setImmediate(() => this.settle(uri));
      return;
    }
    s.pending = undefined;
    if (!this.documents.get(uri)) {
      // Closed meanwhile (a file of a policy set keeps its diagnostics from the set module, not from here).
      this.schedules.delete(uri);
      return;
    }
    s.coalesced = s.changes - s.publishedChanges;
    s.publishedChanges = s.changes;
    void this.publish(uri);
  }

  private cancel(pending: NonNullable<Schedule['pending']>): void {
    clearTimeout(pending.timer);
    if (pending.immediate) clearImmediate(pending.immediate);
  }

  async publish(uri: string): Promise<void> {
    const version = this.documents.get(uri)?.version;
    if (version === undefined) return;
    let diagnostics: Diagnostic[] = [];
    try {
      const started = performance.now();
      const state = await this.source.stateOf(uri);
      this.measured(uri, performance.now() - started);
      if (state && state.document.version !== version) return;
      if (state?.analysis.isPolicy)
        diagnostics = state.analysis.findings.map((f) => toDiagnostic(f, state.analysis, uri, version, state.lang));
    } catch (e) {
      this.connection.console.error(
        `kijun: analyzing ${uri} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
      );
    }
    // The analysis ran synchronously since the check above unless settings were awaited: check again.
    if (this.documents.get(uri)?.version !== version) return;
    // The client may be gone (shutdown while a timer was pending): nothing to report to, nothing to reject.
    await this.connection.sendDiagnostics({ uri, version, diagnostics }).catch(() => undefined);
  }

  /** What an analysis of the document took (ms): the schedule's sense of how fast changes can be analyzed. */
  private measured(uri: string, ms: number): void {
    const s = this.schedules.get(uri);
    if (!s || ms < CACHED_MS) return;
    s.lastCost = ms;
    s.cost = s.cost ? 0.7 * s.cost + 0.3 * ms : ms;
  }

  /** A closed document keeps no diagnostics. */
  clear(uri: string): void {
    const pending = this.schedules.get(uri)?.pending;
    if (pending) this.cancel(pending);
    this.schedules.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] }).catch(() => undefined);
  }
}
