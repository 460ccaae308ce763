import type { PolicyAnalysis } from '../checker/check';
import type { Range } from '../text/lineIndex';
import { summarize } from './summary';

export interface CheckedFile {
  path: string;
  analysis: PolicyAnalysis;
  encoding: string;
  /** The policy-set configuration the file was checked with (its statuses are then the set's). */
  set?: string;
  /** A converted document (.docx, HTML): each finding's place in the original (第12条第2項), by finding index. */
  places?: Array<string | undefined>;
}

/** A policy set as the JSON report describes it (see README, "Policy sets"). */
export interface JsonSet {
  config: string;
  files: string[];
  primary: string;
  summary: ReturnType<typeof summarize>;
  requirements: Array<{
    id: string;
    status: string;
    /** Covering clauses in any file of the set, and how each counts (text | marker | citation). */
    evidence: Array<{ path: string; range: Range; how: string }>;
    outdated: Array<{ path: string; range: Range; reason: string }>;
    reason?: string;
  }>;
  problems: Array<{ severity: 'error' | 'warning'; key: string; message: string }>;
}

export interface FileError {
  path: string;
  message: string;
}

/**
 * The JSON contract other tools rely on. Keep it stable: fields may be added, never renamed or removed.
 * Every id of the selected edition appears in `requirements` for every file (`edition`, or the file's own
 * `edition` when its front matter selected another one).
 */
export interface JsonReport {
  version: 1;
  tool: { name: 'kijun'; version: string };
  edition: string;
  files: Array<{
    path: string;
    encoding: string;
    summary: ReturnType<typeof summarize>;
    requirements: Array<{ id: string; title: string; level: string; status: string; ranges: Range[]; reason?: string }>;
    diagnostics: Array<{ code: string; kind: string; severity: string; message: string; range: Range; source: 'kijun'; place?: string }>;
    /** Present when the file was checked as part of a policy set: the set's configuration file. */
    set?: string;
    /** Present when the file was checked against another edition than the report's (its front matter chose it). */
    edition?: string;
  }>;
  errors: FileError[];
  /** Policy sets checked (empty when none). */
  sets: JsonSet[];
}

export function jsonReport(files: CheckedFile[], errors: FileError[], edition: string, version: string, lang: 'ja' | 'en', sets: JsonSet[] = []): JsonReport {
  return {
    version: 1,
    tool: { name: 'kijun', version },
    edition,
    files: files.map(({ path, analysis, encoding, set, places }) => ({
      path,
      encoding,
      summary: summarize(analysis),
      requirements: analysis.requirements.map((r) => {
        const req = analysis.catalog.byId.get(r.id)!;
        return {
          id: r.id, title: req.title[lang], level: req.level, status: r.status, ranges: r.ranges,
          ...(r.notApplicableReason ? { reason: r.notApplicableReason } : {}),
        };
      }),
      diagnostics: analysis.findings.map((f, i) => ({ code: f.code, kind: f.kind, severity: f.severity, message: f.message, range: f.range, source: 'kijun' as const, ...(places?.[i] ? { place: places[i] } : {}) })),
      ...(set ? { set } : {}),
      ...(analysis.edition !== edition ? { edition: analysis.edition } : {}),
    })),
    errors,
    sets,
  };
}
