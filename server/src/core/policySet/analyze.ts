import type { RequirementException } from '../checker/exceptions';
import { getCatalog, type Catalog } from '../catalog';
import { analyzeText, anchorFor, type PolicyAnalysis } from '../checker/check';
import { parseEditionSpelling } from '../checker/edition';
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
  /** An approved exception (例外措置) in the set's settings or any file's front matter. */
  exception?: RequirementException;
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
  /** Files whose share of the set (evidence, outdated clauses) was computed by this call, and reused from before. */
  stats: { computed: number; reused: number };
}

/** One file's share of one requirement, without the file's place in the set (added when the set is combined). */
interface Share {
  result: RequirementResult | undefined;
  evidence: Array<Omit<SetEvidence, 'path' | 'file'>>;
  outdated: Array<Omit<SetOutdated, 'path' | 'file'>>;
}

/**
 * Each file's shares, kept as long as its analysis is (a cache hands back the same object for an unchanged file):
 * when one file of a large set is edited, only its shares are computed again — the excerpts and evidence kinds of
 * the other files' clauses are not (they were most of a keystroke's work on a 20 000-file set).
 */
const shares = new WeakMap<PolicyAnalysis, Map<string, Share>>();

function shareOf(a: PolicyAnalysis, id: string, fresh: { hit: boolean }): Share {
  let byId = shares.get(a);
  if (!byId) shares.set(a, (byId = new Map()));
  let share = byId.get(id);
  if (share) return share;
  fresh.hit = false;
  const result = a.requirements.find((x) => x.id === id);
  const at = (clause: number) => {
    const c = a.document.clauses[clause];
    return { clause, range: a.lines.rangeOf(c.start, c.end), excerpt: excerptOf(a.document.text, c.start, c.end) };
  };
  share = {
    result,
    evidence: (result?.covering ?? []).map((c) => ({ ...at(c), how: evidenceKind(a, c, id) })),
    outdated: (result?.outdated ?? []).map((o) => ({
      ...at(o.clause),
      reason: o.reason,
      when: o.when,
      ...(o.severity ? { severity: o.severity } : {}),
    })),
  };
  byId.set(id, share);
  return share;
}

/**
 * Checks the files of a policy as one policy: a requirement covered in any file is covered. Pure: the caller
 * reads the files (the CLI from disk, the language server from open documents or disk).
 */
/** An analysis re-run against the edition another file of the set declared: it keeps that file's reason. */
function withChoice(a: PolicyAnalysis, choice: PolicyAnalysis['editionChoice']): PolicyAnalysis {
  return { ...a, editionChoice: { ...choice, declared: undefined } };
}

export function analyzePolicySet(
  files: PolicySetFile[],
  options: PolicySetOptions = {},
  catalog: Catalog = getCatalog(),
): PolicySetAnalysis {
  const { primary: primaryPath, analyze, ...checkOptions } = options;
  // `auto` (the editor's default) and spellings (R5, 令和5年度版) are read here as for one file: auto leaves the
  // choice to the basis the files declare.
  if (checkOptions.edition !== undefined) {
    const spelt = parseEditionSpelling(checkOptions.edition, catalog.data);
    if (spelt.kind === 'auto') checkOptions.edition = undefined;
    else if (spelt.kind === 'edition') checkOptions.edition = spelt.id;
  }
  const run = analyze ?? ((f: PolicySetFile, o: CheckOptions) => analyzeText(stripBom(f.text), o, catalog));
  let standalone = files.map((f) => run(f, { ...checkOptions, force: true }));
  let primary = primaryPath === undefined ? 0 : files.findIndex((f) => f.path === primaryPath);
  if (primary < 0) primary = 0;
  // `auto`: the basis one file declares (基本方針.md often says 「統一基準（令和5年度版）に準拠」 for the whole set) is
  // the set's, when the primary file declares none; the files that did not choose their own are checked against it.
  if (
    checkOptions.edition === undefined &&
    standalone[primary] &&
    standalone[primary].editionChoice.source === 'default'
  ) {
    const declaring = standalone.find((a) => a.editionChoice.source === 'declared');
    if (declaring) {
      const i = standalone.indexOf(declaring);
      const choice = declaring.editionChoice;
      standalone = standalone.map((a, k) =>
        a.editionChoice.source === 'default' && a.edition !== choice.edition
          ? withChoice(run(files[k], { ...checkOptions, force: true, edition: choice.edition }), {
              ...choice,
              reason: { ja: `${files[i].path}: ${choice.reason.ja}`, en: `${files[i].path}: ${choice.reason.en}` },
            })
          : a,
      );
    }
  }
  const edition = checkOptions.edition ?? standalone[primary]?.edition ?? catalog.edition;
  // The edition selects the requirement set: the catalog as that edition sees it (the primary file's analysis
  // already has it, unless its front matter named another edition).
  const known = catalog.data.editions.some((e) => e.id === edition);
  catalog =
    standalone[primary]?.edition === edition
      ? standalone[primary].catalog
      : known
        ? catalog.forEdition(edition)
        : catalog;

  const requirements: SetRequirement[] = [];
  const perFile: RequirementResult[][] = standalone.map(() => []);
  const dropped: Array<Set<string>> = standalone.map(() => new Set()); // `${id}:${clause}` outdated clauses no longer relevant

  // Requirements with a running exception: their missing / outdated findings are not reported in any file.
  const running = new Set<string>();
  const fresh = standalone.map(() => ({ hit: true }));
  for (const r of catalog.requirements) {
    const own = standalone.map((a, i) => shareOf(a, r.id, fresh[i]));
    const results = own.map((x) => x.result);
    // Not applicable in the set's settings or in any file's front matter: not applicable for the set.
    const naIndex = results.findIndex((x) => x?.status === 'not-applicable');
    const na = naIndex >= 0 ? results[naIndex]!.notApplicableReason : undefined;

    const evidence: SetEvidence[] = [];
    const always: SetOutdated[] = [];
    const alone: SetOutdated[] = [];
    own.forEach((x, i) => {
      if (!x.result) return;
      for (const e of x.evidence) evidence.push({ ...e, path: files[i].path, file: i });
      // A file's own result keeps `alone` outdated clauses only when nothing in that file covers: exactly the
      // ones that matter to the set when no other file covers either.
      for (const o of x.outdated) (o.when === 'always' ? always : alone).push({ ...o, path: files[i].path, file: i });
    });
    // The single-file rule, over the set: an `always` outdated clause wins, then any covering clause, then an
    // `alone` outdated clause, else missing.
    const status: Status = na
      ? 'not-applicable'
      : always.length
        ? 'outdated'
        : evidence.length
          ? 'covered'
          : alone.length
            ? 'outdated'
            : 'missing';
    const relevant = status !== 'outdated' ? [] : always.length ? always : alone;
    for (const o of [...always, ...alone]) if (!relevant.includes(o)) dropped[o.file].add(`${r.id}:${o.clause}`);

    const exception = results.find((x) => x?.exception)?.exception;
    if (exception && !exception.expired) running.add(r.id);
    const entry: SetRequirement = {
      id: r.id,
      status,
      evidence,
      outdated: relevant,
      ...(na ? { notApplicableReason: na } : {}),
      ...(exception ? { exception } : {}),
    };
    // The reason is the one of the file whose clause decides the status: the first evidence, the first outdated
    // clause, else the first file with a related clause, else the primary file.
    const reasonFile =
      status === 'covered'
        ? evidence[0]?.file
        : status === 'outdated'
          ? relevant[0]?.file
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
      const title =
        section >= 0 ? a.document.sections[section]?.title : a.document.sections[a.document.titleSection]?.title;
      entry.missingAt = {
        path: files[primary].path,
        file: primary,
        section,
        // No finding when an exception silenced it (or severity off): the heading where the clause belongs.
        range: finding?.range ?? a.lines.rangeOf(...anchorFor(a.document, section)),
        ...(title ? { sectionTitle: title } : {}),
      };
    }
    requirements.push(entry);

    results.forEach((x, i) => {
      // A file whose front matter chose another edition has no result for some of the set's requirements: it
      // still lists them, with the set's status and no evidence of its own.
      const covering = x?.covering ?? [];
      const mine = relevant.filter((o) => o.file === i);
      const ranges =
        status === 'outdated'
          ? mine.map((o) => o.range)
          : status === 'covered'
            ? own[i].evidence.map((e) => e.range)
            : [];
      perFile[i].push({
        id: r.id,
        status,
        ranges,
        covering,
        outdated: mine.map((o) => ({
          clause: o.clause,
          reason: o.reason,
          when: o.when,
          ...(o.severity ? { severity: o.severity } : {}),
        })),
        ...(na ? { notApplicableReason: na } : {}),
        ...(exception ? { exception } : {}),
        ...(entry.reason
          ? {
              reason: entry.reason,
              conditions: entry.conditions,
              evidenceClause:
                entry.reasonFile === i
                  ? status === 'covered'
                    ? covering[0]
                    : (mine[0]?.clause ?? x?.evidenceClause)
                  : -1,
            }
          : {}),
        related: x?.related ?? [],
        evidence: (x?.evidence ?? []).filter((n) => (status === 'covered' ? n.kind === 'covers' : n.kind !== 'covers')),
      });
    });
  }

  const statusOf = new Map(requirements.map((r) => [r.id, r.status]));
  const otherEdition = new Set(catalog.data.requirements.map((r) => r.id).filter((id) => !statusOf.has(id)));
  const out = standalone.map((a, i) => {
    // Findings on requirements of another edition (a file's own front matter chose it) do not belong to the set.
    const findings = a.findings.filter(
      (f) =>
        keepFinding(f, i === primary, statusOf.get(f.code), dropped[i]) &&
        (statusOf.has(f.code) || !otherEdition.has(f.code)) &&
        // An exception approved in any file holds for the set.
        !(running.has(f.code) && (f.kind === 'missing' || f.kind === 'outdated')),
    );
    const clauseRequirements = new Map<number, Array<{ id: string; role: 'cover' | 'outdated' }>>();
    for (const [clause, list] of a.clauseRequirements) {
      const kept = list.filter(
        (e) => e.role === 'cover' || (statusOf.get(e.id) !== 'not-applicable' && !dropped[i].has(`${e.id}:${clause}`)),
      );
      if (kept.length) clauseRequirements.set(clause, kept);
    }
    const analysis: PolicyAnalysis = { ...a, edition, catalog, requirements: perFile[i], findings, clauseRequirements };
    return { path: files[i].path, analysis, primary: i === primary };
  });
  const computed = fresh.filter((f) => !f.hit).length;
  return {
    files: out,
    primary,
    edition,
    requirements,
    catalog,
    stats: { computed, reused: standalone.length - computed },
  };
}

/** Whether a finding of one file's own analysis still holds for the set. */
function keepFinding(f: Finding, isPrimary: boolean, setStatus: Status | undefined, dropped: Set<string>): boolean {
  if (setStatus === undefined) return true; // not a requirement: edition and configuration findings stay
  if (f.kind === 'missing') return isPrimary && setStatus === 'missing';
  if (f.kind === 'outdated') return setStatus === 'outdated' && !dropped.has(`${f.code}:${f.data.clause}`);
  return true;
}
