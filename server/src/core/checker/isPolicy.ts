import type { PolicyDocument } from '../model/types';
import { normalizeForMatch } from '../text/normalize';

// The English side names the same documents: "information security …", "security policy / standards / rules".
const POLICY_TITLE = /情報セキュリティ|サイバーセキュリティ|対策基準|基本方針|規程|information security|cyber ?security|security (?:policy|policies|standards?|rules|regulations?|guidelines?)/i;

/**
 * Whether a Markdown file is a policy: it says so in front matter (a `kijun` key), or its title names a
 * security policy, measures standard, basic policy or regulation. READMEs and notes stay unchecked.
 */
export function looksLikePolicy(doc: PolicyDocument): { policy: boolean; reason: string } {
  const fm = doc.frontMatter?.data;
  if (fm && Object.keys(fm).some((k) => k === 'kijun' || k.startsWith('kijun.'))) return { policy: true, reason: 'front matter has a kijun key' };
  const fmTitle = fm && typeof fm.title === 'string' ? fm.title : undefined;
  if (fmTitle && POLICY_TITLE.test(normalizeForMatch(fmTitle))) return { policy: true, reason: `title "${fmTitle}"` };
  const first = doc.sections[0];
  if (first && POLICY_TITLE.test(first.titleNorm)) return { policy: true, reason: `first heading "${first.title}"` };
  const title = doc.titleSection >= 0 ? doc.sections[doc.titleSection] : undefined;
  if (title && POLICY_TITLE.test(title.titleNorm)) return { policy: true, reason: `title "${title.title}"` };
  return { policy: false, reason: 'no kijun front matter and no title naming a security policy' };
}
