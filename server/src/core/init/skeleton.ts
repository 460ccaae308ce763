// A new 対策基準 from the standard: a skeleton that covers every requirement of an edition, in the drafting style
// the agency uses (第N条 articles, or decimal 1.1 sections), with each requirement's clause from the catalog's
// template (its placeholders at their defaults) in the chapter where the catalog says it belongs (`home`). What
// the organisation must fill in is written 〇〇, which the checker reports at information level (placeholders.ts).
import { getCatalog, type Catalog, type Requirement } from '../catalog';
import { pick } from '../checker/messages';
import { snippetToPlain } from '../edits/snippet';

export type DraftingStyle = 'article' | 'decimal';
export type Organization = 'ministry' | 'agency' | 'higher-education';

export interface SkeletonOptions {
  style?: DraftingStyle;
  organization?: Organization;
  edition?: string;
  catalog?: Catalog;
}

/** The organisation as the text names it, and its staff. */
const ORG: Record<Organization, { name: string; short: string; staff: string; head: string }> = {
  ministry: { name: '〇〇省', short: '本省', staff: '職員等', head: '〇〇大臣' },
  agency: { name: '独立行政法人〇〇', short: '本法人', staff: '職員等', head: '理事長' },
  'higher-education': { name: '国立大学法人〇〇大学', short: '本学', staff: '教職員等', head: '学長' },
};

interface Chapter {
  title: string;
  /** Home concepts (catalog `home`) of the requirements that belong here. */
  homes: string[];
  /** Fixed provisions: [caption, text]. */
  fixed?: Array<[string, string]>;
}

function chapters(o: (typeof ORG)[Organization], editionTitle: string, standard: string): Chapter[] {
  return [
    {
      title: '総則',
      homes: [],
      fixed: [
        [
          '目的',
          `この対策基準は、${o.name}（以下「${o.short}」という。）の情報セキュリティ基本方針に基づき、${standard}（${editionTitle}）に準拠して、${o.short}が講ずべき情報セキュリティ対策の基準を定めることを目的とする。`,
        ],
        [
          '適用範囲',
          `この対策基準は、${o.short}の${o.staff}及び${o.short}が取り扱う全ての情報並びに情報システムに適用する。`,
        ],
      ],
    },
    {
      title: '組織と体制',
      homes: ['organization-heading', 'asset-heading'],
      fixed: [
        ['最高情報セキュリティ責任者', `${o.short}に、最高情報セキュリティ責任者（CISO）を置き、〇〇をもって充てる。`],
      ],
    },
    { title: '運用・自己点検及び見直し', homes: ['operation-heading', 'review-heading'] },
    { title: '情報の取扱い', homes: ['access-control-heading'] },
    {
      title: '外部委託・クラウドサービス及び調達',
      homes: ['outsourcing-heading', 'cloud-heading', 'procurement-heading'],
    },
    {
      title: '端末・ソフトウェア及び不正プログラム対策',
      homes: [
        'malware-heading',
        'malware-measure-heading',
        'vulnerability-heading',
        'software-heading',
        'terminal-heading',
        'mobile-heading',
      ],
    },
    { title: '電子メール・ウェブ', homes: ['mail', 'web', 'domain-heading', 'provision-heading'] },
    { title: '特定用途機器', homes: ['iot-heading'] },
    { title: 'その他', homes: [] },
  ];
}

/**
 * The skeleton as Markdown: front matter (edition, organisation), title, chapters, one provision per requirement
 * of the edition (in catalog order within its chapter), 附則.
 */
export function policySkeleton(options: SkeletonOptions = {}): string {
  const style = options.style ?? 'article';
  const organization = options.organization ?? 'agency';
  const base = options.catalog ?? getCatalog();
  const edition = options.edition ?? base.data.defaultEdition;
  const catalog = base.forEdition(edition);
  const editionTitle = pick(
    base.data.editions.find((e) => e.id === edition)?.title ?? { ja: edition, en: edition },
    'ja',
  );
  const o = ORG[organization];
  // The FY2021 edition renamed the standard (an older name is itself reported as outdated against it).
  const ids = base.data.editions.map((e) => e.id);
  const renamed = ids.includes('r3') && ids.indexOf(edition) >= ids.indexOf('r3');
  const standard = renamed
    ? '政府機関等のサイバーセキュリティ対策のための統一基準群'
    : '政府機関等の情報セキュリティ対策のための統一基準群';
  const list = chapters(o, editionTitle, standard);
  // Each requirement goes to the first chapter that holds one of its homes (in the order the requirement lists them).
  const placed = new Map<Chapter, Requirement[]>(list.map((c) => [c, []]));
  for (const r of catalog.requirements) {
    const chapter = r.home.map((h) => list.find((c) => c.homes.includes(h))).find((c) => c) ?? list[list.length - 1];
    placed.get(chapter)!.push(r);
  }
  const used = list.filter((c) => c.fixed?.length || placed.get(c)!.length);
  const out: string[] = [
    '---',
    'kijun:',
    `  edition: ${edition}`,
    `  organization: ${organization}`,
    '---',
    '',
    `# ${o.name} 情報セキュリティ対策基準`,
    '',
    `（令和〇〇年〇〇月〇〇日 ${o.head}決定）`,
    '',
  ];
  let article = 0;
  used.forEach((chapter, ci) => {
    const n = ci + 1;
    out.push(style === 'article' ? `## 第${n}章 ${chapter.title}` : `## ${n}. ${chapter.title}`, '');
    let section = 0;
    const provision = (caption: string, text: string) => {
      section++;
      article++;
      if (style === 'article') out.push(`### 第${article}条（${caption}）`, '', text, '');
      else out.push(`### ${n}.${section} ${caption}`, '', text, '');
    };
    for (const [caption, text] of chapter.fixed ?? []) provision(caption, text);
    for (const r of placed.get(chapter)!) provision(pick(r.title, 'ja'), snippetToPlain(pick(r.template, 'ja')));
  });
  out.push('## 附則', '', `この対策基準は、令和〇〇年〇〇月〇〇日から施行する。`, '');
  return out.join('\n');
}
