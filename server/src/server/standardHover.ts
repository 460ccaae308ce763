import type { PolicyAnalysis } from '../core';
import type { Lang } from './i18n';

/** The editions of the 統一基準群 (public facts, see shared/domain/requirements.md §1), oldest first. */
const EDITIONS = [
  { id: 'h26', ja: '平成26年度版', en: 'FY2014 edition', date: '2014' },
  { id: 'h28', ja: '平成28年度版', en: 'FY2016 edition', date: '2016' },
  { id: 'h30', ja: '平成30年度版', en: 'FY2018 edition', date: '2018-07-25' },
  { id: 'r3', ja: '令和3年度版', en: 'FY2021 edition', date: '2021-07-07' },
  { id: 'r5', ja: '令和5年度版', en: 'FY2023 edition', date: '2023-07-04' },
] as const;

type Edition = (typeof EDITIONS)[number];

const D = '[0-9０-９]';
const REFERENCE = new RegExp(
  [
    `(?<heisei>(?:平成|[HＨ])[ 　]?(?<h>${D}{2})[ 　]?年度(?:版|の統一基準))`,
    `(?<reiwa>令和[ 　]?(?<r>${D})[ 　]?年度(?:版|の統一基準))`,
    `(?<fy>FY[ ]?(?<y>20(?:14|16|18|21|23))(?:[ ]edition)?)`,
    `(?<generic>統一基準群?|統一規範|(?:Common|Unified) Standards)`,
  ].join('|'),
  'gi',
);

const ascii = (s: string) => s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
const byYear: Record<string, string> = { '2014': 'h26', '2016': 'h28', '2018': 'h30', '2021': 'r3', '2023': 'r5' };

function editionOf(groups: Record<string, string | undefined>): Edition | undefined {
  const id = groups.h ? `h${ascii(groups.h)}` : groups.r ? `r${ascii(groups.r)}` : groups.y ? byYear[groups.y] : undefined;
  return EDITIONS.find((e) => e.id === id);
}

/** A reference to the standard itself under the cursor: 「統一基準」「平成28年度版」「FY2016 edition」. */
export function standardReferenceAt(line: string, character: number): { start: number; end: number; edition?: Edition } | undefined {
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(line); m; m = REFERENCE.exec(line)) {
    const start = m.index;
    const end = start + m[0].length;
    if (character >= start && character <= end) return { start, end, edition: editionOf(m.groups ?? {}) };
  }
  return undefined;
}

/** Which edition is current for this document (the one Kijun checks against) and where the named one stands. */
export function standardMarkdown(analysis: PolicyAnalysis, edition: Edition | undefined, lang: Lang): string {
  // A guideline-only update (r5-2024) checks against its standard's edition (r5): citing that one is current.
  const checkedId = analysis.catalog.data.editions.find((e) => e.id === analysis.edition)?.standard ?? analysis.edition;
  const checkedIndex = EDITIONS.findIndex((e) => e.id === checkedId);
  const checked = EDITIONS[checkedIndex] ?? EDITIONS[2];
  const name = (e: Edition) => (lang === 'ja' ? `${e.ja}（${e.date}）` : `${e.en} (${e.date})`);
  const history = (lang === 'ja' ? '版の変遷: ' : 'Editions: ') + EDITIONS.map((e) => (e.id === checked.id ? `**${e[lang]}**` : e[lang])).join(' → ');
  const lines: string[] = [];
  if (!edition) {
    lines.push(lang === 'ja'
      ? `**統一基準**（政府機関等の情報セキュリティ対策のための統一基準群）— Kijun はこの文書を **${name(checked)}** の改定内容で検査しています。`
      : `**The Common Standards** (統一基準群) — Kijun checks this document against the **${name(checked)}**.`);
  } else {
    const i = EDITIONS.indexOf(edition);
    const head = lang === 'ja' ? `**統一基準群 ${name(edition)}**` : `**Common Standards, ${name(edition)}**`;
    let verdict: string;
    if (edition.id === checked.id) verdict = lang === 'ja' ? 'Kijun がこの文書の検査に用いている版（現行として扱う版）です。' : 'The edition Kijun checks this document against (treated as current).';
    else if (i < checkedIndex) verdict = lang === 'ja' ? `改定前の版です。現行として扱う版は **${name(checked)}** です。根拠として挙げる版を改めてください。` : `An older edition, since revised; the current one for this check is the **${name(checked)}**. Cite it as the basis.`;
    else verdict = lang === 'ja' ? `Kijun は現在 ${name(checked)} の改定内容で検査しています。この版で追加された事項は検査していません。` : `Kijun checks against the ${name(checked)}; what this later edition added is not checked yet.`;
    lines.push(`${head} — ${verdict}`);
  }
  // Why this edition (front matter, setting, the basis the policy declares, or the default).
  lines.push('', history, '', (lang === 'ja' ? '検査する版の決め方: ' : 'Why this edition: ') + analysis.editionChoice.reason[lang] + (lang === 'ja' ? '。' : '.'));
  lines.push('', lang === 'ja'
    ? '既定（`auto`）では、ポリシーが根拠として挙げる版で検査します（記載がないか改定前の版なら平成30年度版）。設定 `kijun.edition` またはフロントマター `kijun.edition` で指定できます。'
    : 'By default (`auto`) the edition the policy declares as its basis is used (FY2018 when it declares none or an older one). Choose another with the `kijun.edition` setting or `kijun.edition` in front matter.');
  return lines.join('\n');
}
