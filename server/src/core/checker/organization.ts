import type { LineIndex } from '../text/lineIndex';
// The kind of body a policy belongs to (front matter `kijun.organization`, kijun.json `organization`, else read from
// the policy's title) and what it changes: the FY2018 revision allows the higher-education domain ac.jp only to a
// corporation that is an education institution, so a ministry's or an agency's clause that uses ac.jp does not meet
// domain-names; and the clause templates name the body the way its policies do (機関等 / 国立大学法人等).
import type { Language, Requirement } from '../catalog/types';
import type { PolicyDocument } from '../model/types';
import type { RequirementResult } from './types';
import { eachLanguage, t, type MessageKey } from '../i18n';

export type Organization = 'ministry' | 'agency' | 'higher-education';

export interface OrganizationChoice {
  organization: Organization;
  source: 'setting' | 'title';
}

// A title naming a higher-education body: 国立大学法人、大学、高等専門学校、大学共同利用機関法人, university.
const HIGHER_EDUCATION =
  /国立大学法人|大学共同利用機関法人|大学(?!校)|高等専門学校|高専機構|university|institute of technology/i;

/** The organisation: the setting, else a title naming a higher-education body; undefined when not known. */
export function organizationOf(doc: PolicyDocument, setting: Organization | undefined): OrganizationChoice | undefined {
  if (setting) return { organization: setting, source: 'setting' };
  const titles = [
    doc.sections[0]?.title,
    doc.titleSection >= 0 ? doc.sections[doc.titleSection]?.title : undefined,
    typeof doc.frontMatter?.data?.title === 'string' ? doc.frontMatter.data.title : undefined,
  ];
  if (titles.some((t) => t && HIGHER_EDUCATION.test(t.normalize('NFKC'))))
    return { organization: 'higher-education', source: 'title' };
  return undefined;
}

const GO_JP = /go\.jp|政府ドメイン|政府機関(?:等)?(?:の)?ドメイン|government domain/i;
const AC_JP = /ac\.jp|高等教育機関(?:向け|用)(?:の)?ドメイン|higher[- ]education (?:institution )?domain/i;

/**
 * domain-names for a body that is not a higher-education institution: covering clauses that name only ac.jp do
 * not meet it (the revision allows ac.jp to education corporations only). The result becomes missing, with the
 * reason and the clauses cited as related.
 */
export function applyOrganization(
  results: RequirementResult[],
  doc: PolicyDocument,
  lines: LineIndex,
  org: OrganizationChoice | undefined,
): void {
  if (!org || org.organization === 'higher-education') return;
  const r = results.find((x) => x.id === 'domain-names');
  if (r?.status !== 'covered' || !r.covering.length) return;
  const texts = r.covering.map((i) => doc.text.slice(doc.clauses[i].start, doc.clauses[i].end).normalize('NFKC'));
  if (texts.some((t) => GO_JP.test(t)) || !texts.some((t) => AC_JP.test(t))) return;
  const body = ORG_NAME[org.organization];
  const covering = r.covering;
  r.status = 'missing';
  r.covering = [];
  r.ranges = [];
  r.evidence = [];
  r.organizationReason = eachLanguage((lang) => t('check.organization.acJpOnly', lang, t(body, lang)));
  // The ac.jp clauses are cited as related, with this reason; the reason of the requirement says it too.
  r.related = covering.map((c) => ({
    clause: c,
    range: lines.rangeOf(doc.clauses[c].start, doc.clauses[c].end),
    kind: 'partial' as const,
    reason: r.organizationReason!,
  }));
  r.reason = r.organizationReason;
  r.evidenceClause = covering[0] ?? -1;
}

const ORG_NAME = {
  ministry: 'check.organization.ministry',
  agency: 'check.organization.agency',
  'higher-education': 'check.organization.higherEducation',
} as const satisfies Record<Organization, MessageKey>;

// Rewrites of the catalog's own template wording, per language: the ac.jp allowance a ministry or agency drops,
// and the name a higher-education body's policies use for itself.
const GO_JP_ONLY: Record<Language, readonly [RegExp, string]> = {
  ja: [/教育機関である法人は.*$/, ''],
  en: [/; a corporation that is an education institution may use .*$/, '.'],
};
const HIGHER_EDUCATION_NAME: Record<Language, readonly [RegExp, string]> = {
  ja: [/(?<!政府)機関等/g, '国立大学法人等'],
  en: [/the agency\b/g, 'the university corporation'],
};

/**
 * The clause template worded for the organisation: a higher-education body's policy says 国立大学法人等 where the
 * standard says 機関等, and its domain clause puts ac.jp first; a ministry's or agency's domain clause names go.jp
 * only (ac.jp is not theirs to use).
 */
export function templateFor(r: Requirement, lang: Language, org: Organization | undefined): string {
  let text = r.template[lang] ?? r.template.ja;
  if (!org) return text;
  if (r.id === 'domain-names') {
    if (org === 'higher-education') return t('template.domainNamesHigherEducation', lang);
    // Ministries and other agencies: go.jp only.
    text = text.replace(...GO_JP_ONLY[lang]);
  }
  if (org === 'higher-education') text = text.replace(...HIGHER_EDUCATION_NAME[lang]);
  return text;
}
