// The language server under random documents, edits and requests (part of the long fuzz run; the short
// resilience tests are in test/reliability/server.test.ts).
import fc from 'fast-check';
import { analyzeText } from '../../server/src/core';
import { mutate, mutation, policyMarkdown } from './arbitraries';
import { LspClient } from './lsp';

export interface ServerFuzzResult {
  documents: number;
  edits: number;
  requests: number;
  /** Errors the server logged (window/logMessage type 1). */
  errors: number;
  rejections: number;
  exits: number;
  /** Final diagnostics that differ from the core's findings for the final text. */
  mismatches: number;
  crashes: number;
  notes: string[];
}

export async function serverFuzz(
  serverPath: string,
  documents: number,
  seed: number,
  log: (...a: unknown[]) => void,
): Promise<ServerFuzzResult> {
  const r: ServerFuzzResult = {
    documents: 0,
    edits: 0,
    requests: 0,
    errors: 0,
    rejections: 0,
    exits: 0,
    mismatches: 0,
    crashes: 0,
    notes: [],
  };
  const client = await LspClient.start({ serverPath });
  const texts = fc.sample(
    fc.tuple(
      policyMarkdown,
      fc.array(mutation, { maxLength: 3 }),
      fc.array(
        fc.tuple(
          fc.double({ min: 0, max: 1, noNaN: true }),
          fc.integer({ min: 0, max: 30 }),
          fc.string({ maxLength: 20 }),
        ),
        { minLength: 5, maxLength: 40 },
      ),
    ),
    { numRuns: documents, seed },
  );
  try {
    for (let d = 0; d < texts.length; d++) {
      const [base, mutations, edits] = texts[d];
      let text = base;
      for (const m of mutations) text = mutate(text, m);
      const uri = `untitled:fuzz-${d}.md`;
      await client.open(uri, text);
      r.documents++;
      const pending: Array<Promise<unknown>> = [];
      for (const [at, del, ins] of edits) {
        const cur = client.text(uri);
        const start = Math.min(cur.length, Math.floor(at * (cur.length + 1)));
        await client.edit(uri, start, Math.min(cur.length, start + del), ins);
        r.edits++;
        const doc = client.text(uri);
        const line = Math.floor(at * (doc.split('\n').length + 2));
        const position = { line, character: Math.floor(at * 50) };
        const range = { start: { line: Math.max(0, line - 3), character: 0 }, end: position };
        const textDocument = { uri };
        const which = Math.floor(at * 1000) % 5;
        const req =
          which === 0
            ? client.request('textDocument/hover', { textDocument, position })
            : which === 1
              ? client.request('textDocument/codeAction', { textDocument, range, context: { diagnostics: [] } })
              : which === 2
                ? client.request('textDocument/documentSymbol', { textDocument })
                : which === 3
                  ? client.request('textDocument/codeLens', { textDocument })
                  : client.request('workspace/executeCommand', { command: 'kijun.coverageReport', arguments: [uri] });
        r.requests++;
        pending.push(req.catch((e: Error) => r.notes.push(`request failed: ${e.message}`)));
      }
      await Promise.all(pending);
      const version = client.version(uri);
      const final = client.text(uri);
      const diagnostics = await client.diagnosticsFor(uri, version, 60_000);
      const a = analyzeText(final, { language: 'ja' });
      const expected = a.isPolicy ? a.findings.map((f) => `${f.code}@${JSON.stringify(f.range)}`).sort() : [];
      const got = diagnostics.map((x) => `${x.code}@${JSON.stringify(x.range)}`).sort();
      if (JSON.stringify(expected) !== JSON.stringify(got)) {
        r.mismatches++;
        if (r.notes.length < 20) r.notes.push(`final diagnostics differ from the core's findings for ${uri}`);
      }
      await client.close(uri);
      if (d % 20 === 0) log(`server: ${d + 1}/${texts.length} documents, ${r.edits} edits, ${r.requests} requests`);
    }
  } catch (e) {
    r.crashes++;
    r.notes.push(`server fuzz stopped: ${(e as Error).message.slice(0, 500)}`);
  } finally {
    r.errors = client.logs.filter((l) => l.type === 1).length;
    r.rejections = (client.stderr.match(/unhandled rejection/g) ?? []).length;
    r.exits = client.exited !== undefined ? 1 : 0;
    await client.shutdown();
  }
  if (r.notes.length) log('server notes:', r.notes.slice(0, 10));
  return r;
}
