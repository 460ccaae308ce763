import type { LocalizedText } from '../catalog/types';
import type { PolicyDocument } from '../model/types';
import { normalizeForMatch } from '../text/normalize';

// A title that names the security policy family by itself, in Japanese or English.
const STRONG_TITLE = new RegExp(
  [
    '情報セキュリティ',
    'サイバーセキュリティ',
    'セキュリティポリシー',
    '対策基準',
    '(?:情報システム|情報資産|情報管理|情報の取扱い|電子計算機|ネットワーク|情報通信|情報基盤)[^。]{0,15}(?:基準|規則|規定|規程|要領|要綱|細則|方針|ポリシー|管理)',
    'information security',
    'cyber ?security',
    '\\bit security',
    'security (?:policy|policies|standards?|rules|regulations?|guidelines?)',
    'information (?:systems?|technology|assets?) (?:policy|policies|regulations?|rules|standards?)',
  ].join('|'),
  'i',
);

// A title that names a regulation but not its subject (「〇〇規程」「管理規則」「要綱」, "Policy", "Rules"): a policy
// when its text is about information security.
const REGULATION_TITLE =
  /基本方針|規程|規則|規定|要綱|要領|細則|基準|方針|ポリシー|\bpolic(?:y|ies)\b|\bregulations?\b|\brules\b|\bstandards?\b/i;

// Documents about security that are not policies: minutes, specifications, proposals, reports, notes.
const NOT_A_POLICY =
  /議事録|議事概要|議事要旨|議事次第|会議録|会議資料|仕様書|調達|提案書|見積|説明資料|報告書|お知らせ|通知文|研修資料|手引き?$|解説書|minutes|agenda|specification|request for proposals?|\brfp\b|readme|change ?log|release notes|\breport\b|meeting notes/i;

// What the text of a security regulation says: its roles, its subject matter, its obligations.
const ROLE =
  /最高情報セキュリティ責任者|統括情報セキュリティ責任者|情報セキュリティ責任者|情報システムセキュリティ責任者|情報セキュリティ管理者|情報セキュリティ委員会|情報セキュリティ監査責任者|\bciso\b|\bcsirt\b|chief information security officer|information security (?:officer|committee|manager)/;
const SUBJECT =
  /情報セキュリティ|サイバーセキュリティ|情報資産|情報システム|不正プログラム|マルウェア|アクセス制御|主体認証|暗号化|脆弱性|要機密情報|格付|セキュリティインシデント|information security|cyber ?security|information assets?|malware|access control|encrypt|vulnerabilit|security incidents?/g;
const OBLIGATION =
  /(?:こと|ものとする|しなければならない|ならない|する)[。.]?$|(?:こと|ものとする|しなければならない)。|\b(?:shall|must)\b/;
// Enough of the text to decide (a policy says what it is early on); keeps a huge document cheap.
const SCAN_CLAUSES = 400;

/** The lines that can be a document's title: front matter, the first heading, a plain first line before it. */
function titleCandidates(doc: PolicyDocument): string[] {
  const out: string[] = [];
  const fm = doc.frontMatter?.data;
  if (fm && typeof fm.title === 'string') out.push(normalizeForMatch(fm.title));
  const firstHeading = doc.sections[0];
  // Many agencies' Markdown starts with the title as a plain line (converted from Word), not as a heading.
  const firstClause = doc.clauses[0];
  if (firstClause && (!firstHeading || firstClause.start < firstHeading.headingStart)) {
    const firstLine = doc.text.slice(firstClause.start, firstClause.end).split(/\r?\n|\r/)[0];
    if (firstLine.length <= 120) out.push(normalizeForMatch(firstLine));
  }
  if (firstHeading) out.push(firstHeading.titleNorm);
  const title = doc.titleSection >= 0 ? doc.sections[doc.titleSection] : undefined;
  if (title && title !== firstHeading) out.push(title.titleNorm);
  return out.filter((t) => t.length > 0);
}

/** What the text says: roles of a security organisation, distinct security subjects, clauses that oblige. */
function contentEvidence(doc: PolicyDocument): { roles: number; subjects: Set<string>; obligations: number } {
  let roles = 0;
  let obligations = 0;
  const subjects = new Set<string>();
  const n = Math.min(doc.clauses.length, SCAN_CLAUSES);
  for (let i = 0; i < n; i++) {
    const t = doc.clauses[i].norm.text;
    if (ROLE.test(t)) roles++;
    if (OBLIGATION.test(t)) obligations++;
    SUBJECT.lastIndex = 0;
    for (let m = SUBJECT.exec(t); m; m = SUBJECT.exec(t)) subjects.add(m[0]);
  }
  return { roles, subjects, obligations };
}

export interface PolicyVerdict {
  policy: boolean;
  /** Why, in English (logs, traces). */
  reason: string;
  /** Why, in both languages (the `skipped` list of a folder scan). */
  reasons: LocalizedText;
}

const verdict = (policy: boolean, en: string, ja: string): PolicyVerdict => ({
  policy,
  reason: en,
  reasons: { ja, en },
});

/**
 * Whether a Markdown file is a security regulation, from its title and its text: regulations go by many names
 * (情報セキュリティポリシー, 対策基準, 情報セキュリティ規程, 情報システム管理規程, 管理規則, 要綱, 要領, "Information Security
 * Policy/Regulations/Rules"), and some have no telling title at all. A `kijun` key in front matter always makes
 * it one. Minutes, specifications, reports and READMEs that merely talk about security stay out.
 */
export function looksLikePolicy(doc: PolicyDocument): PolicyVerdict {
  const fm = doc.frontMatter?.data;
  if (fm && Object.keys(fm).some((k) => k === 'kijun' || k.startsWith('kijun.')))
    return verdict(true, 'front matter has a kijun key', 'フロントマターに kijun の設定があります');
  const titles = titleCandidates(doc);
  const notPolicy = titles.find((t) => NOT_A_POLICY.test(t));
  if (notPolicy)
    return verdict(
      false,
      `title "${notPolicy}" names another kind of document`,
      `表題「${notPolicy}」は規程以外の文書（議事録・仕様書・報告書等）を示しています`,
    );
  const strong = titles.find((t) => STRONG_TITLE.test(t));
  if (strong) return verdict(true, `title "${strong}"`, `表題「${strong}」`);
  const { roles, subjects, obligations } = contentEvidence(doc);
  const regulation = titles.find((t) => REGULATION_TITLE.test(t));
  // A regulation's title whose text is about information security: a role of the security organisation, or two
  // security subjects, in clauses that oblige.
  if (regulation && obligations >= 1 && (roles >= 1 || subjects.size >= 2)) {
    return verdict(
      true,
      `title "${regulation}" names a regulation and its text is about information security`,
      `表題「${regulation}」が規程を示し、本文が情報セキュリティについて定めています`,
    );
  }
  // No telling title: the text reads as a security regulation (obligations, the security roles or subjects).
  if (obligations >= 3 && (roles >= 1 || subjects.size >= 3)) {
    return verdict(
      true,
      `its text reads as a security regulation (${obligations} obliging clauses, ${roles} naming security roles, ${subjects.size} security subjects)`,
      `本文が情報セキュリティの規程として読めます（義務を定める条項 ${obligations}、責任者の記載 ${roles}、対策の主題 ${subjects.size}）`,
    );
  }
  const first = titles[0];
  return verdict(
    false,
    `${first ? `title "${first}" does not name a security regulation` : 'no title'} and its text does not read as one (${obligations} obliging clauses, ${roles} naming security roles, ${subjects.size} security subjects); add kijun front matter or name the file to check it`,
    `${first ? `表題「${first}」が情報セキュリティの規程を示さず` : '表題がなく'}、本文も規程として読めません（義務を定める条項 ${obligations}、責任者の記載 ${roles}、対策の主題 ${subjects.size}）。検査するにはフロントマターに kijun を書くか、ファイルを直接指定してください`,
  );
}
