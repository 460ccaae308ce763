// When the server publishes diagnostics as the user types (server/diagnostics.ts DiagnosticsPublisher): at once
// after a pause, changes already queued analyzed together, a short wait only while changes arrive faster than they
// are analyzed, never diagnostics of a stale version, and a burst always ends with its last version.
import type { Connection, PublishDiagnosticsParams, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import type { AnalysisSource, DocumentState } from '../../server/src/lsp/analysisCache';
import { DiagnosticsPublisher, MAX_PUBLISH_DELAY } from '../../server/src/lsp/diagnostics';

const URI = 'file:///policy.md';
const turn = () => new Promise<void>((r) => setImmediate(r));
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const busy = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};

/** A document store, a connection and an analysis whose cost is chosen: what the publisher talks to. */
function setup(costMs = 0) {
  let version = 1;
  const sent: Array<PublishDiagnosticsParams & { at: number }> = [];
  const analyzed: number[] = [];
  const document = () => ({ uri: URI, version }) as unknown as TextDocument;
  let open = true;
  const documents = {
    get: (uri: string) => (open && uri === URI ? document() : undefined),
    all: () => (open ? [document()] : []),
  } as unknown as TextDocuments<TextDocument>;
  const connection = {
    sendDiagnostics: async (p: PublishDiagnosticsParams) => void sent.push({ ...p, at: performance.now() }),
    console: { error: () => undefined },
  } as unknown as Connection;
  let during: (() => void) | undefined;
  const source: AnalysisSource = {
    stateOf: async () => {
      // As the real source: settings are awaited first, then the current version is analyzed.
      await Promise.resolve();
      during?.();
      analyzed.push(version);
      busy(costMs);
      return {
        document: document(),
        analysis: { isPolicy: true, findings: [] },
        lang: 'ja',
      } as unknown as DocumentState;
    },
    policyOf: async () => undefined,
    lang: () => 'ja',
  };
  const publisher = new DiagnosticsPublisher(connection, documents, source);
  return {
    publisher,
    sent,
    analyzed,
    /** The user types: a new version, and the change notification's schedule. */
    change(): number {
      version++;
      publisher.schedule(URI);
      return version;
    },
    get version() {
      return version;
    },
    set during(f: (() => void) | undefined) {
      during = f;
    },
    bump() {
      version++;
    },
    close() {
      open = false;
    },
    async until(v: number, timeoutMs = 5000): Promise<number> {
      const deadline = performance.now() + timeoutMs;
      for (;;) {
        const hit = sent.find((p) => p.version === v);
        if (hit) return hit.at;
        if (performance.now() > deadline)
          throw new Error(`no diagnostics for version ${v}; sent ${JSON.stringify(sent.map((p) => p.version))}`);
        await sleep(1);
      }
    },
  };
}

describe('the diagnostics publisher', () => {
  it('publishes a change made after a pause at once, not after a fixed delay', async () => {
    const t = setup(2);
    const latencies: number[] = [];
    for (let i = 0; i < 5; i++) {
      await sleep(20);
      const started = performance.now();
      const v = t.change();
      latencies.push((await t.until(v)) - started);
    }
    latencies.sort((a, b) => a - b);
    // A few event-loop turns and the analysis; the server used to wait 150 ms.
    expect(latencies[2]).toBeLessThan(MAX_PUBLISH_DELAY / 3);
    expect(t.analyzed).toHaveLength(5);
  });

  it('analyses changes that arrive in consecutive turns (queued messages) together, and sends the last version', async () => {
    const t = setup(1);
    let v = 0;
    for (let i = 0; i < 30; i++) {
      v = t.change();
      // The connection hands over one message per turn of the event loop.
      await turn();
    }
    await t.until(v);
    expect(t.analyzed).toEqual([v]);
    expect(t.sent.map((p) => p.version)).toEqual([v]);
  });

  it('waits for more changes only while they arrive faster than they are analyzed, and never longer than the cap', async () => {
    const t = setup(25);
    // A change every 5 ms for a while, far faster than the 25 ms an analysis takes. The editor is another
    // process: what it types during an analysis waits in the pipe and arrives afterwards, one message per turn.
    const start = performance.now();
    const until = start + 600;
    let v = 0;
    let changes = 0;
    while (performance.now() < until) {
      const due = Math.floor((performance.now() - start) / 5) + 1;
      if (changes < due) {
        v = t.change();
        changes++;
        await turn();
      } else await sleep(1);
    }
    await t.until(v);
    // The burst is coalesced: far fewer analyses than changes …
    expect(t.analyzed.length).toBeLessThan(changes / 2);
    // … but diagnostics keep coming during it (a wait is not pushed back by the changes during it) …
    const during = t.sent.filter((p) => p.version !== v);
    expect(during.length).toBeGreaterThanOrEqual(2);
    const times = t.sent.map((p) => p.at);
    for (let i = 1; i < times.length; i++) expect(times[i] - times[i - 1]).toBeLessThan(MAX_PUBLISH_DELAY + 25 + 150);
    // … and the last version is published. Versions only grow.
    expect(t.sent.at(-1)!.version).toBe(v);
    const versions = t.sent.map((p) => p.version!);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    // After a pause the next change is published at once again.
    await sleep(MAX_PUBLISH_DELAY + 50);
    const started = performance.now();
    const next = t.change();
    expect((await t.until(next)) - started).toBeLessThan(25 + MAX_PUBLISH_DELAY / 2);
  });

  it('does not slow down an editor that waits for each result before the next change', async () => {
    // The benchmark's client: each change is sent as soon as the previous one's diagnostics arrive.
    const t = setup(15);
    const latencies: number[] = [];
    for (let i = 0; i < 12; i++) {
      const started = performance.now();
      const v = t.change();
      latencies.push((await t.until(v)) - started);
    }
    latencies.sort((a, b) => a - b);
    // Each takes about the analysis (15 ms), never the burst wait on top of it.
    expect(latencies[6]).toBeLessThan(15 + 25);
    expect(t.analyzed).toHaveLength(12);
  });

  it('never sends diagnostics of a version that is no longer current', async () => {
    const t = setup(1);
    // A change arrives while the analysis awaits its settings: that result is not sent, the next one is.
    let once = true;
    t.during = () => {
      if (once) {
        once = false;
        t.bump();
        t.publisher.schedule(URI);
      }
    };
    const v = t.change();
    await t.until(v + 1);
    expect(t.sent.map((p) => p.version)).toEqual([v + 1]);
  });

  it('forgets a document closed while its publish was pending', async () => {
    const t = setup(1);
    t.change();
    t.close();
    await sleep(20);
    expect(t.analyzed).toEqual([]);
    expect(t.sent).toEqual([]);
  });
});
