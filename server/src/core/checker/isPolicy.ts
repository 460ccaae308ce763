import type { PolicyDocument } from '../model/types';
import { normalizeForMatch } from '../text/normalize';

// What a policy's title names: the security policy family in Japanese and English, or a regulation on the
// agency's information systems (「情報システム運用・管理基準」「情報管理規程」).
const POLICY_TITLE = new RegExp(
  [
    '情報セキュリティ',
    'サイバーセキュリティ',
    '対策基準',
    '基本方針',
    '規程',
    '(?:情報システム|情報資産|情報管理|情報の取扱い)[^。]{0,12}(?:基準|規則|規定|要領|要綱|方針|ポリシー)',
    'information security',
    'cyber ?security',
    'security (?:policy|policies|standards?|rules|regulations?|guidelines?)',
  ].join('|'),
  'i',
);

// Documents about security that are not policies: minutes, specifications, proposals, reports.
const NOT_A_POLICY = /議事録|議事概要|議事要旨|議事次第|会議録|会議資料|仕様書|調達|提案書|見積|説明資料|報告書|お知らせ|minutes|agenda|specification|request for proposals?|\brfp\b|readme|change ?log|release notes/i;

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

/**
 * Whether a Markdown file is a policy: it says so in front matter (a `kijun` key), or its title names a
 * security policy, measures standard, basic policy or regulation — and is not the title of minutes, a
 * specification or a report that merely talks about security. READMEs and notes stay unchecked.
 */
export function looksLikePolicy(doc: PolicyDocument): { policy: boolean; reason: string } {
  const fm = doc.frontMatter?.data;
  if (fm && Object.keys(fm).some((k) => k === 'kijun' || k.startsWith('kijun.'))) return { policy: true, reason: 'front matter has a kijun key' };
  const titles = titleCandidates(doc);
  const notPolicy = titles.find((t) => NOT_A_POLICY.test(t));
  if (notPolicy) return { policy: false, reason: `title "${notPolicy}" names another kind of document` };
  const title = titles.find((t) => POLICY_TITLE.test(t));
  if (title) return { policy: true, reason: `title "${title}"` };
  return { policy: false, reason: 'no kijun front matter and no title naming a security policy' };
}
