// The guard in front of the parser: documents that would make remark hang or run out of stack are refused with
// a finding that says why (see limits.ts); nothing else about them is reported.
import type { Catalog } from '../catalog';
import type { PolicyAnalysis } from '../checker/check';
import { looksLikePolicy } from '../checker/isPolicy';
import { choiceReason } from '../checker/edition';
import type { DocumentSettings } from '../checker/settings';
import type { CheckOptions, Finding } from '../checker/types';
import { pick } from '../checker/messages';
import { assemble, parsePolicy } from '../model/parse';
import type { PolicyDocument } from '../model/types';
import { LineIndex } from '../text/lineIndex';
import { checkLimits, LIMITS, type LimitBreach, type Limits } from './limits';

export {
  checkLimits,
  maxSectionWorkOf,
  LIMITS,
  tooLargeMessage,
  utf8Length,
  type BreachKind,
  type LimitBreach,
  type Limits,
} from './limits';
export { IncrementalLimits } from './incremental';

/**
 * How much of a refused document is read to tell whether it is a policy at all (front matter, title): its
 * beginning, before the line that crossed a limit, parsed under far smaller limits so it costs little.
 */
const PREFIX_CHARS = 8 * 1024;
const PREFIX_LIMITS: Readonly<Limits> = {
  maxBytes: PREFIX_CHARS * 4,
  maxDepth: 20,
  maxTableCells: 500,
  maxEmphasisRuns: 200,
  maxBrackets: 200,
  maxRunLength: 50,
  maxBacktickScan: 1_000_000,
  maxBracketWalk: 4_000_000,
  maxFrontMatterEntries: 5_000,
  maxFrontMatterBytes: 256 * 1024,
  maxSectionWork: 20_000,
};

function prefixEnd(text: string, before: number): number {
  let cut = Math.min(before, PREFIX_CHARS, text.length);
  for (let tries = 0; tries < 4 && cut > 0; tries++) {
    if (cut < text.length) cut = Math.max(0, text.lastIndexOf('\n', cut - 1) + 1);
    const inner = checkLimits(text.slice(0, cut), PREFIX_LIMITS);
    if (!inner) return cut;
    cut = inner.start;
  }
  return 0;
}

/** A stack overflow (RangeError: Maximum call stack size exceeded), however deep it happened. */
export function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && /call stack/i.test(e.message);
}

/** Text that is only Markdown white space parses to nothing: no need to ask remark (slow on many blank lines). */
const BLANK = /^[ \t\r\n]*$/;

/**
 * Parses a document unless it exceeds a limit: the model, or why it is not checked. A stack overflow that the
 * limits did not foresee is caught here too and reported the same way.
 */
export function guardedParse(
  text: string,
  limits: Readonly<Limits> = LIMITS,
): { document: PolicyDocument; refused?: undefined } | { refused: LimitBreach; document?: undefined } {
  const breach = checkLimits(text, limits);
  if (breach) return { refused: breach };
  if (BLANK.test(text)) return { document: assemble(text, []) };
  try {
    return { document: parsePolicy(text) };
  } catch (e) {
    if (!isStackOverflow(e)) throw e;
    const end = text.search(/[\r\n]|$/);
    return {
      refused: {
        kind: 'too-deep',
        limit: 'stack',
        value: 0,
        max: 0,
        start: 0,
        end: Math.min(end, 200),
        messages: {
          ja: '入れ子が深すぎるため検査しません（解析中にスタックが尽きました）',
          en: 'too deeply nested to check (the parser ran out of stack)',
        },
      },
    };
  }
}

/** Why a document is not checked after a language server died analyzing it (server/src/lsp/crashGuard.ts). */
export function crashedBreach(text: string): LimitBreach {
  const end = text.search(/[\r\n]|$/);
  return {
    kind: 'too-large',
    limit: 'crashed',
    value: text.length,
    max: 0,
    start: 0,
    end: Math.min(end, 200),
    messages: {
      ja: '検査しません: 前回この文書の検査中に言語サーバが停止しました（メモリ不足など）。文書を分けるか小さくすると、再び検査します（CLI の kijun check でも確認できます）',
      en: 'not checked: the language server stopped while checking this document last time (out of memory?); it is checked again once the document is split or smaller (kijun check runs the same check)',
    },
  };
}

/**
 * The analysis of a refused document: no requirement is evaluated (`requirements` is empty, `refused` says
 * why) and the only finding is the refusal, on the line that crossed the limit. Whether the document is a
 * policy at all is read from its beginning, before that line, so a README that happens to be huge stays quiet.
 */
export function refusedAnalysis(
  text: string,
  breach: LimitBreach,
  options: CheckOptions,
  catalog: Catalog,
): PolicyAnalysis {
  const lines = new LineIndex(text);
  // Over the size limit the whole text is the problem (the finding is on line 1): read its beginning anyway.
  const prefix =
    breach.limit === 'maxFrontMatterEntries' || breach.limit === 'maxFrontMatterBytes'
      ? undefined
      : guardedParse(
          text.slice(
            0,
            prefixEnd(text, breach.limit === 'maxBytes' || breach.limit === 'crashed' ? PREFIX_CHARS : breach.start),
          ),
          PREFIX_LIMITS,
        ).document;
  const { policy, reason } = options.force
    ? { policy: true, reason: 'named explicitly' }
    : prefix
      ? looksLikePolicy(prefix)
      : { policy: false, reason: 'not checked' };
  const settings: DocumentSettings = {
    edition: options.edition,
    notApplicable: {},
    exceptions: {},
    today: options.today ?? '',
    severity: { ...(options.severity ?? {}) },
    problems: [],
  };
  const document: PolicyDocument = { ...assemble(text, []), frontMatter: prefix?.frontMatter };
  const edition =
    options.edition && catalog.data.editions.some((e) => e.id === options.edition) ? options.edition : catalog.edition;
  const finding: Finding = {
    code: breach.kind,
    kind: 'limit',
    severity: 'warning',
    message: pick(breach.messages, options.language ?? 'ja'),
    messages: breach.messages,
    range: lines.rangeOf(breach.start, breach.end),
    start: breach.start,
    end: breach.end,
    related: [],
    data: { id: breach.kind, kind: 'limit' },
  };
  return {
    isPolicy: policy,
    policyReason: reason,
    document,
    lines,
    edition,
    settings,
    requirements: [],
    editionChoice: {
      edition,
      source: edition === options.edition ? 'option' : 'default',
      reason: choiceReason(
        edition === options.edition ? 'option' : 'default',
        edition,
        catalog.data,
        options.editionOrigin,
      ),
    },
    findings: policy ? [finding] : [],
    clauseRequirements: new Map(),
    homes: new Map(),
    catalog: catalog.forEdition(edition),
    refused: breach,
  };
}
