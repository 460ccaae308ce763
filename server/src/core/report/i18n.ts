import type { Language } from '../catalog';
import type { Status } from '../checker/types';
import type { EvidenceKind } from '../trace/evidence';

/** The words of the compliance report (HTML and Markdown), in Japanese and English. */
export interface ReportText {
  docTitle: (name: string) => string;
  standard: string;
  generated: string;
  config: string;
  files: string;
  primary: string;
  summaryHeading: string;
  summaryNote: (files: number) => string;
  chartsHeading: string;
  byLevel: string;
  byChapter: string;
  chapterNote: string;
  rowNote: (covered: number, applicable: number) => string;
  requirementsHeading: string;
  colRequirement: string;
  colLevel: string;
  colStatus: string;
  colEvidence: string;
  colReference: string;
  colLocation: string;
  colClause: string;
  colRequirements: string;
  status: Record<Status, string>;
  how: Record<EvidenceKind, string>;
  howHelp: Record<EvidenceKind, string>;
  naReason: string;
  /** 例外措置 (an approved exception) and its expired form; `lang` for texts built from data. */
  exception: string;
  exceptionExpired: string;
  lang: 'ja' | 'en';
  /** Why the status (issue 11), the conditions checked, the clauses that come near. */
  why: string;
  conditions: string;
  nearClauses: string;
  noClause: string;
  belongsIn: string;
  startingClause: string;
  reason: string;
  seeRevised: string;
  outdatedElsewhere: string;
  more: (n: number) => string;
  unverifiedShort: string;
  outdatedHeading: string;
  noOutdated: string;
  current: string;
  revised: string;
  traceHeading: string;
  traceNote: string;
  noTrace: string;
  otherHeading: string;
  problemsHeading: string;
  footer: string;
}

const ja: ReportText = {
  docTitle: (name) => `統一基準 対応状況報告書: ${name}`,
  standard: '統一基準',
  generated: '作成日時',
  config: '設定',
  files: '対象ファイル',
  primary: '主たる文書',
  summaryHeading: '概要',
  summaryNote: (n) => (n > 1 ? `${n} ファイルを一つのポリシーとして評価しました。いずれかのファイルに条項があれば「対応済み」です。` : '1 ファイルを評価しました。'),
  chartsHeading: '対応状況のグラフ',
  byLevel: '区分別',
  byChapter: '統一基準の部別',
  chapterNote: '部は各要求事項の参照先（統一基準の項番）によります。項番に「参考」とあるものは未確認です。',
  rowNote: (c, a) => `対応 ${c}/${a}`,
  requirementsHeading: '要求事項ごとの対応状況',
  colRequirement: '要求事項',
  colLevel: '区分',
  colStatus: '状況',
  colEvidence: '根拠となる条項・所見',
  colReference: '統一基準',
  colLocation: '所在',
  colClause: '条項',
  colRequirements: '対応する要求事項',
  status: { covered: '対応済み', outdated: '要改訂', missing: '不足', 'not-applicable': '対象外' },
  how: { text: '本文', marker: 'マーカー', citation: '項番の引用' },
  howHelp: {
    text: '条項の文言が要求事項の検出規則に一致しました。',
    marker: '<!-- kijun: ID --> の注記で明示されています。',
    citation: '統一基準の項番の引用（例:（統一基準 7.2.1 対応））で明示されています。',
  },
  naReason: '対象外の理由',
  exception: '例外措置',
  exceptionExpired: '例外措置（期限切れ）',
  lang: 'ja',
  why: '判定の理由',
  conditions: '条件',
  nearClauses: '関連する条項（要求事項を満たさないもの）',
  noClause: '対応する条項がありません。',
  belongsIn: '追加先',
  startingClause: '追加する条項の例',
  reason: '理由',
  seeRevised: '改訂後の条項例へ',
  outdatedElsewhere: '他の条項が改定前の内容のため要改訂です（下記参照）。',
  more: (n) => `ほか ${n} 件（対応表を参照）`,
  unverifiedShort: '参考・要確認',
  outdatedHeading: '改訂が必要な条項',
  noOutdated: '改定前の内容の条項は見つかりませんでした。',
  current: '現在の条項',
  revised: '改訂後の条項例（雛形）',
  traceHeading: '対応表（条項 → 要求事項）',
  traceNote: '「本文」は文言による検出、「マーカー」は <!-- kijun: ID --> の注記、「項番の引用」は（統一基準 7.2.1 対応）のような引用によるものです。',
  noTrace: '要求事項に対応する条項はありません。',
  otherHeading: 'その他の指摘',
  problemsHeading: '読み込めなかったファイル・設定の問題',
  footer: 'Kijun による自動判定です。判定は条項の文言・注記・項番の引用に基づく目安であり、監査の結論に代わるものではありません。「参考」と示した項番は統一基準の原文で確認してください。',
};

const en: ReportText = {
  docTitle: (name) => `Common Standards compliance report: ${name}`,
  standard: 'Common Standards',
  generated: 'Generated',
  config: 'Configuration',
  files: 'Files',
  primary: 'primary',
  summaryHeading: 'Summary',
  summaryNote: (n) => (n > 1 ? `${n} files were checked as one policy: a requirement is covered when any file has a clause for it.` : 'One file was checked.'),
  chartsHeading: 'Coverage charts',
  byLevel: 'By level',
  byChapter: 'By part of the Common Standards',
  chapterNote: 'Parts follow each requirement\'s reference to the Common Standards; references marked "to be verified" are not checked against the published text.',
  rowNote: (c, a) => `covered ${c}/${a}`,
  requirementsHeading: 'Requirements',
  colRequirement: 'Requirement',
  colLevel: 'Level',
  colStatus: 'Status',
  colEvidence: 'Evidence and findings',
  colReference: 'Standard',
  colLocation: 'Location',
  colClause: 'Clause',
  colRequirements: 'Requirements',
  status: { covered: 'covered', outdated: 'outdated', missing: 'missing', 'not-applicable': 'not applicable' },
  how: { text: 'wording', marker: 'marker', citation: 'citation' },
  howHelp: {
    text: 'The clause\'s wording matches the requirement\'s detection rules.',
    marker: 'Marked explicitly with <!-- kijun: id -->.',
    citation: 'Cites the section of the Common Standards, e.g. (統一基準 7.2.1 対応).',
  },
  naReason: 'Not applicable because',
  exception: 'Approved exception',
  exceptionExpired: 'Exception (expired)',
  lang: 'en',
  why: 'Why',
  conditions: 'Conditions',
  nearClauses: 'Related clauses (not meeting the requirement)',
  noClause: 'No clause covers this requirement.',
  belongsIn: 'Belongs in',
  startingClause: 'A clause to start from',
  reason: 'Reason',
  seeRevised: 'See the revised clause',
  outdatedElsewhere: 'Outdated because of a clause written as before the revision (see below).',
  more: (n) => `${n} more (see the trace table)`,
  unverifiedShort: 'to be verified',
  outdatedHeading: 'Clauses to revise',
  noOutdated: 'No clause is written as before the revision.',
  current: 'Current clause',
  revised: 'Revised clause (template)',
  traceHeading: 'Trace: clause → requirement',
  traceNote: '"wording": found by the clause\'s words; "marker": an explicit <!-- kijun: id --> comment; "citation": a citation such as (統一基準 7.2.1 対応).',
  noTrace: 'No clause covers any requirement.',
  otherHeading: 'Other findings',
  problemsHeading: 'Files not read and configuration problems',
  footer: 'Generated by Kijun. Its judgements follow the clauses\' wording, markers and citations; they are a guide, not an audit conclusion. Check section numbers marked "to be verified" against the published standard.',
};

export function reportText(lang: Language): ReportText {
  return lang === 'en' ? en : ja;
}
