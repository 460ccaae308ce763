import type { RequirementException } from '../checker/exceptions';
import type { PolicyAnalysis } from '../checker/check';
import type { ClauseNote } from '../checker/types';
import type { Range } from '../text/lineIndex';
import type { TraceMeta } from './meta';
import { findingFingerprint } from './fingerprint';
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
    exception?: RequirementException;
  }>;
  problems: Array<{ severity: 'error' | 'warning'; key: string; message: string }>;
}

/** A clause cited for a requirement in the JSON report. */
export interface JsonClauseNote {
  range: Range;
  /** How the clause was read: covers, outdated, limited, negated, deferred, excluded, placeholder, vacuous, label, definition, separate-duty. */
  kind: string;
  reason: string;
  /** The author cited the standard's section for it or marked it with <!-- kijun: id -->. */
  cited?: boolean;
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
    requirements: Array<{
      id: string;
      title: string;
      level: string;
      status: string;
      ranges: Range[];
      /** The not-applicable reason from the settings (only for status not-applicable). */
      reason?: string;
      /** What the edition that brought the requirement did to it (「義務化を新設」「規定を見直し」…). */
      revision?: string;
      /** An approved exception (例外措置); `status` still says what the text does. */
      exception?: RequirementException;
      /** Why the status, in the report's language: the evidence (or nearest) clause and what it says or lacks. */
      statusReason?: string;
      /** The evidence clauses of a covered or outdated status, each with how it was read. */
      evidence?: JsonClauseNote[];
      /** Condition by condition (who / what / scope / how firmly), on the evidence or nearest clause. */
      conditions?: Array<{ id: string; aspect: string; label: string; met: boolean; detail: string }>;
      /** Clauses that come near but do not meet the requirement (negated, limited, a separate duty…), with why. */
      related?: JsonClauseNote[];
    }>;
    diagnostics: Array<{
      code: string;
      kind: string;
      severity: string;
      message: string;
      range: Range;
      source: 'kijun';
      fingerprint: string;
      place?: string;
    }>;
    /** Present when the file was checked as part of a policy set: the set's configuration file. */
    set?: string;
    /** Present when the file was checked against another edition than the report's (its front matter chose it, or its declared basis). */
    edition?: string;
    /** How the file's edition was chosen: front matter, an option (--edition, setting, kijun.json), the basis the policy declares, or the default. */
    editionSource: 'front-matter' | 'option' | 'declared' | 'default';
    /** Why that edition, in a sentence. */
    editionReason: string;
    /** SHA-256 of the file's bytes as read (traceability). */
    sha256?: string;
  }>;
  /** `auto`: each file's edition is the basis it declares (else the default `edition`); `option`: --edition chose it. */
  editionMode?: 'auto' | 'option';
  /** Markdown files of the folders scanned that were not checked, with the reason. */
  skipped?: SkippedFile[];
  errors: FileError[];
  /** Policy sets checked (empty when none). */
  sets: JsonSet[];
  /** Traceability (added fields): when (JST), and the bundled catalog's version and hash. */
  generatedAt?: string;
  catalog?: TraceMeta['catalog'];
}

function note(n: ClauseNote, lang: 'ja' | 'en'): JsonClauseNote {
  return { range: n.range, kind: n.kind, reason: n.reason[lang], ...(n.cited ? { cited: true } : {}) };
}

/** A Markdown file a folder scan did not check, and why (not a policy: what its title and text are). */
export interface SkippedFile {
  path: string;
  reason: string;
}

export function jsonReport(
  files: CheckedFile[],
  errors: FileError[],
  edition: string,
  version: string,
  lang: 'ja' | 'en',
  sets: JsonSet[] = [],
  more: { editionMode?: 'auto' | 'option'; skipped?: SkippedFile[] } = {},
  trace?: TraceMeta,
): JsonReport {
  const hashes = new Map(trace?.files.map((f) => [f.path, f.sha256]));
  return {
    version: 1,
    tool: { name: 'kijun', version },
    edition,
    ...(more.editionMode ? { editionMode: more.editionMode } : {}),
    ...(trace ? { generatedAt: trace.generatedAt, catalog: trace.catalog } : {}),
    files: files.map(({ path, analysis, encoding, set, places }) => ({
      path,
      encoding,
      summary: summarize(analysis),
      requirements: analysis.requirements.map((r) => {
        const req = analysis.catalog.byId.get(r.id)!;
        return {
          id: r.id,
          title: req.title[lang],
          level: req.level,
          status: r.status,
          ranges: r.ranges,
          ...(r.notApplicableReason ? { reason: r.notApplicableReason } : {}),
          // What the edition that brought the requirement did to it (「義務化を新設」「規定を見直し」…).
          ...(req.revision ? { revision: req.revision.did[lang] } : {}),
          ...(r.exception ? { exception: r.exception } : {}),
          ...(r.reason ? { statusReason: r.reason[lang] } : {}),
          ...(r.evidence ? { evidence: r.evidence.map((n) => note(n, lang)) } : {}),
          ...(r.conditions
            ? {
                conditions: r.conditions.map((c) => ({
                  id: c.id,
                  aspect: c.aspect,
                  label: c.label[lang],
                  met: c.met,
                  detail: c.detail[lang],
                })),
              }
            : {}),
          ...(r.related ? { related: r.related.map((n) => note(n, lang)) } : {}),
        };
      }),
      diagnostics: analysis.findings.map((f, i) => ({
        code: f.code,
        kind: f.kind,
        severity: f.severity,
        message: f.message,
        range: f.range,
        source: 'kijun' as const,
        fingerprint: findingFingerprint(f, analysis),
        ...(places?.[i] ? { place: places[i] } : {}),
      })),
      ...(set ? { set } : {}),
      ...(analysis.edition !== edition ? { edition: analysis.edition } : {}),
      editionSource: analysis.editionChoice.source,
      editionReason: analysis.editionChoice.reason[lang],
      ...(hashes.has(path) ? { sha256: hashes.get(path) } : {}),
    })),
    ...(more.skipped ? { skipped: more.skipped } : {}),
    errors,
    sets,
  };
}
