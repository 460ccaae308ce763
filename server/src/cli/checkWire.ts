// What a worker thread of `kijun check --jobs N` sends back for a file or a policy set: only what the reporters
// (text, JSON, SARIF, the baseline) read of an analysis, as plain data. The full analysis holds the parsed tree,
// the line index and the catalog; cloning them between threads would cost more than it saves. The catalog is not
// sent: the receiving side takes its own, as the analysis saw it (`forEdition`).
import { getCatalog, type PolicyAnalysis } from '../core';
import type { PolicySetAnalysis } from '../core/policySet';
import type { CheckedFile, FileError, SkippedFile } from '../core/report/json';
import type { SetOutcome, SingleOutcome } from './checkFile';

/** The fields of a PolicyAnalysis the reporters read (fingerprints need the text and the clauses' extents). */
export interface WireAnalysis {
  isPolicy: boolean;
  policyReason: string;
  edition: string;
  editionChoice: PolicyAnalysis['editionChoice'];
  requirements: PolicyAnalysis['requirements'];
  findings: PolicyAnalysis['findings'];
  document: { text: string; clauses: Array<{ start: number; end: number; number?: { raw: string } }> };
}

export interface WireFile {
  path: string;
  encoding: string;
  set?: string;
  places?: Array<string | undefined>;
  analysis: WireAnalysis;
}

export interface WireSingle {
  errors: FileError[];
  warnings?: FileError[];
  file?: WireFile;
  skipped?: SkippedFile;
}

export interface WireSet {
  errors: FileError[];
  warnings?: FileError[];
  /** The set's analysis; its files are the checked files, in order (with `encodings`). */
  analysis?: {
    files: Array<{ path: string; primary: boolean; analysis: WireAnalysis }>;
    primary: number;
    edition: string;
    requirements: PolicySetAnalysis['requirements'];
  };
  encodings: string[];
  set?: string;
}

export function toWireAnalysis(a: PolicyAnalysis): WireAnalysis {
  return {
    isPolicy: a.isPolicy,
    policyReason: a.policyReason,
    edition: a.edition,
    editionChoice: a.editionChoice,
    requirements: a.requirements,
    findings: a.findings,
    document: {
      text: a.document.text,
      clauses: a.document.clauses.map((c) => ({
        start: c.start,
        end: c.end,
        ...(c.number ? { number: { raw: c.number.raw } } : {}),
      })),
    },
  };
}

/** The analysis as the reporters see it: the sent fields and the catalog of its edition. */
export function fromWireAnalysis(w: WireAnalysis): PolicyAnalysis {
  return { ...w, catalog: getCatalog().forEdition(w.edition) } as unknown as PolicyAnalysis;
}

const wireFile = (f: CheckedFile): WireFile => ({ ...f, analysis: toWireAnalysis(f.analysis) });
const fileOf = (w: WireFile): CheckedFile => ({ ...w, analysis: fromWireAnalysis(w.analysis) });

export function toWireSingle(o: SingleOutcome): WireSingle {
  return {
    errors: o.errors,
    ...(o.warnings ? { warnings: o.warnings } : {}),
    ...(o.file ? { file: wireFile(o.file) } : {}),
    ...(o.skipped ? { skipped: o.skipped } : {}),
  };
}

export function fromWireSingle(w: WireSingle): SingleOutcome {
  return {
    errors: w.errors,
    ...(w.warnings ? { warnings: w.warnings } : {}),
    ...(w.file ? { file: fileOf(w.file) } : {}),
    ...(w.skipped ? { skipped: w.skipped } : {}),
  };
}

export function toWireSet(o: SetOutcome): WireSet {
  const a = o.analysis;
  return {
    errors: o.errors,
    ...(o.warnings?.length ? { warnings: o.warnings } : {}),
    encodings: o.checked.map((c) => c.encoding),
    set: o.checked[0]?.set,
    ...(a
      ? {
          analysis: {
            files: a.files.map((f) => ({ path: f.path, primary: f.primary, analysis: toWireAnalysis(f.analysis) })),
            primary: a.primary,
            edition: a.edition,
            requirements: a.requirements,
          },
        }
      : {}),
  };
}

export function fromWireSet(w: WireSet): SetOutcome {
  if (!w.analysis) return { errors: w.errors, warnings: w.warnings, checked: [] };
  const files = w.analysis.files.map((f) => ({ ...f, analysis: fromWireAnalysis(f.analysis) }));
  const analysis = { ...w.analysis, files, catalog: getCatalog().forEdition(w.analysis.edition) } as PolicySetAnalysis;
  const checked = files.map((f, i) => ({ path: f.path, analysis: f.analysis, encoding: w.encodings[i], set: w.set! }));
  return { errors: w.errors, warnings: w.warnings, analysis, checked };
}
