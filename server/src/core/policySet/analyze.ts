import { getCatalog, type Catalog } from '../catalog';
import { analyzeText, type PolicyAnalysis } from '../checker/check';
import type { CheckOptions, Finding, OutdatedEvidence, RequirementResult, Status } from '../checker/types';
import { stripBom } from '../model/parse';
import type { Range } from '../text/lineIndex';
import { evidenceKind, excerptOf, type EvidenceKind } from '../trace/evidence';

/** One file of a set, as the caller has it: a path (or URI) that identifies it, and its text. */
export interface PolicySetFile {
  path: string;
  text: string;
}

export interface PolicySetOptions extends Omit<CheckOptions, 'force'> {
  /** The file (one of `files[].path`) that should hold missing clauses; default: the first file. */
  primary?: string;
  /**
   * Analyses one file on its own (a cache may answer). Default: analyzeText with `force: true` — a file listed in
   * a set is a policy whatever its title.
   */
  analyze?: (file: PolicySetFile, options: CheckOptions) => PolicyAnalysis;
}

/** A clause somewhere in the set. */
export interface SetLocation {
  path: string;
  /** Index of the file in `PolicySetAnalysis.files`. */
  file: number;
  clause: number;
  range: Range;
  /** The clause as written, on one line, shortened. */
  excerpt: string;
}

export interface SetEvidence extends SetLocation {
  how: EvidenceKind;
}

export interface SetOutdated extends SetLocation {
  reason: OutdatedEvidence['reason'];
  when: OutdatedEvidence['when'];
  severity?: OutdatedEvidence['severity'];
}

/** A requirement's state over the whole set. */
export interface SetRequirement {
  id: string;
  status: Status;
  /** Every covering clause in every file (also when the requirement is outdated elsewhere). */
  evidence: SetEvidence[];
  /** The outdated clauses that make the status `outdated`. */
  outdated: SetOutdated[];
  notApplicableReason?: string;
  /** Why the status (issue 11): the reason of the file whose clause decides it, its conditions and related clauses. */
  reason?: RequirementResult['reason'];
  reasonFile?: number;
  conditions?: RequirementResult['conditions'];
  related?: Array<NonNullable<RequirementResult['related']>[number] & { file: number; path: string }>;
  /** For `missing`: where the finding is placed (the primary file's best home section). */
  missingAt?: { path: string; file: number; range: Range; section: number; sectionTitle?: string };
}

export interface PolicySetAnalysis {
  /**
   * Each file's analysis, rewritten for the set: `requirements[].status` is the set's status, `ranges` and
   * `covering` stay this file's own evidence, and findings are placed once for the set — a missing finding
   * only in the primary file, an outdated finding on its own clause, nothing for a requirement another file
   * covers.
   */
  files: Array<{ path: string; analysis: PolicyAnalysis; primary: boolean }>;
  primary: number;
  edition: string;
  requirements: SetRequirement[];
  catalog: Catalog;
}

/**
 * Checks the files of a policy as one policy: a requirement covered in any file is covered. Pure: the caller
 * reads the files (the CLI from disk, the language server from open documents or disk).
 */
export function analyzePolicySet(files: PolicySetFile[], options: PolicySetOptions = {}, catalog: Catalog = getCatalog()): PolicySetAnalysis {
  const { primary: primaryPath, analyze, ...checkOptions } = options;
  const run = analyze ?? ((f: PolicySetFile, o: CheckOptions) => analyzeText(stripBom(f.text), o, catalog));
  const standalone = files.map((f) => run(f, { ...checkOptions, force: true }));
  let primary = primaryPath === undefined ? 0 : files.findIndex((f) => f.path === primaryPath);
  if (primary < 0) primary = 0;
  const edition = checkOptions.edition ?? standalone[primary]?.edition ?? catalog.edition;
  // The edition selects the requirement set: the catalog as that edition sees it (the primary file's analysis
  // already has it, unless its front matter named another edition).
  const known = catalog.data.editions.some((e) => e.id === edition);
  catalog = standalone[primary]?.edition === edition ? standalone[primary].catalog : known ? catalog.forEdition(edition) : catalog;

  const requirements: SetRequirement[] = [];
  const perFile: RequirementResult[][] = standalone.map(() => []);
  const dropped: Array<Set<string>> = standalone.map(() => new Set()); // `${id}:${clause}` outdated clauses no longer relevant

  for (const r of catalog.requirements) {
    const results = standalone.map((a) => a.requirements.find((x) => x.id === r.id));
    const loc = (i: number, clause: number): SetLocation => {
      const a = standalone[i];
      const c = a.document.clauses[clause];
      return { path: files[i].path, file: i, clause, range: a.lines.rangeOf(c.start, c.end), excerpt: excerptOf(a.document.text, c.start, c.end) };
    };
    // Not applicable in the set's settings or in any file's front matter: not applicable for the set.
    const naIndex = results.findIndex((x) => x?.status === 'not-applicable');
    const na = naIndex >= 0 ? results[naIndex]!.notApplicableReason : undefined;

    const evidence: SetEvidence[] = [];
    const always: SetOutdated[] = [];
    const alone: SetOutdated[] = [];
    results.forEach((x, i) => {
      if (!x) return;
      for (const c of x.covering) evidence.push({ ...loc(i, c), how: evidenceKind(standalone[i], c, r.id) });
      // A file's own result keeps `alone` outdated clauses only when nothing in that file covers: exactly the
      // ones that matter to the set when no other file covers either.
      for (const o of x.outdated) (o.when === 'always' ? always : alone).push({ ...loc(i, o.clause), reason: o.reason, when: o.when, ...(o.severity ? { severity: o.severity } : {}) });
    });
    // The single-file rule, over the set: an `always` outdated clause wins, then any covering clause, then an
    // `alone` outdated clause, else missing.
    const status: Status = na ? 'not-applicable' : always.length ? 'outdated' : evidence.length ? 'covered' : alone.length ? 'outdated' : 'missing';
    const relevant = status !== 'outdated' ? [] : always.length ? always : alone;
    for (const o of [...always, ...alone]) if (!relevant.includes(o)) dropped[o.file].add(`${r.id}:${o.clause}`);

    const entry: SetRequirement = { id: r.id, status, evidence, outdated: relevant, ...(na ? { notApplicableReason: na } : {}) };
    // The reason is the one of the file whose clause decides the status: the first evidence, the first outdated
    // clause, else the first file with a related clause, else the primary file.
    const reasonFile = status === 'covered' ? evidence[0]?.file
      : status === 'outdated' ? relevant[0]?.file
      : (results.findIndex((x) => (x?.related?.length ?? 0) > 0) + 1 || primary + 1) - 1;
    const decisive = reasonFile !== undefined && reasonFile >= 0 ? results[reasonFile] : undefined;
    if (decisive?.reason) {
      entry.reason = decisive.reason;
      entry.reasonFile = reasonFile;
      entry.conditions = decisive.conditions;
    }
    entry.related = results.flatMap((x, i) => (x?.related ?? []).map((n) => ({ ...n, file: i, path: files[i].path })));
    if (status === 'missing' && standalone[primary]) {
      const a = standalone[primary];
      const finding = a.findings.find((f) => f.code === r.id && f.kind === 'missing');
      const section = a.homes.get(r.id) ?? -1;
      const title = section >= 0 ? a.document.sections[section]?.title : a.document.sections[a.document.titleSection]?.title;
      entry.missingAt = {
        path: files[primary].path, file: primary, section,
        range: finding?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        ...(title ? { sectionTitle: title } : {}),
      };
    }
    requirements.push(entry);

    results.forEach((x, i) => {
      // A file whose front matter chose another edition has no result for some of the set's requirements: it
      // still lists them, with the set's status and no evidence of its own.
      const covering = x?.covering ?? [];
      const own = relevant.filter((o) => o.file === i);
      const ranges = status === 'outdated' ? own.map((o) => o.range) : status === 'covered' ? covering.map((c) => loc(i, c).range) : [];
      perFile[i].push({
        id: r.id, status, ranges, covering,
        outdated: own.map((o) => ({ clause: o.clause, reason: o.reason, when: o.when, ...(o.severity ? { severity: o.severity } : {}) })),
        ...(na ? { notApplicableReason: na } : {}),
        ...(entry.reason ? { reason: entry.reason, conditions: entry.conditions, evidenceClause: entry.reasonFile === i ? (status === 'covered' ? covering[0] : own[0]?.clause ?? x?.evidenceClause) : -1 } : {}),
        related: x?.related ?? [],
        evidence: (x?.evidence ?? []).filter((n) => status === 'covered' ? n.kind === 'covers' : n.kind !== 'covers'),
      });
    });
  }

  const statusOf = new Map(requirements.map((r) => [r.id, r.status]));
  const otherEdition = new Set(catalog.data.requirements.map((r) => r.id).filter((id) => !statusOf.has(id)));
  const out = standalone.map((a, i) => {
    // Findings on requirements of another edition (a file's own front matter chose it) do not belong to the set.
    const findings = a.findings.filter((f) => keepFinding(f, i === primary, statusOf.get(f.code), dropped[i]) && (statusOf.has(f.code) || !otherEdition.has(f.code)));
    const clauseRequirements = new Map<number, Array<{ id: string; role: 'cover' | 'outdated' }>>();
    for (const [clause, list] of a.clauseRequirements) {
      const kept = list.filter((e) => e.role === 'cover' || (statusOf.get(e.id) !== 'not-applicable' && !dropped[i].has(`${e.id}:${clause}`)));
      if (kept.length) clauseRequirements.set(clause, kept);
    }
    const analysis: PolicyAnalysis = { ...a, edition, catalog, requirements: perFile[i], findings, clauseRequirements };
    return { path: files[i].path, analysis, primary: i === primary };
  });
  return { files: out, primary, edition, requirements, catalog };
}

/** Whether a finding of one file's own analysis still holds for the set. */
function keepFinding(f: Finding, isPrimary: boolean, setStatus: Status | undefined, dropped: Set<string>): boolean {
  if (setStatus === undefined) return true; // not a requirement: edition and configuration findings stay
  if (f.kind === 'missing') return isPrimary && setStatus === 'missing';
  if (f.kind === 'outdated') return setStatus === 'outdated' && !dropped.has(`${f.code}:${f.data.clause}`);
  return true;
}
