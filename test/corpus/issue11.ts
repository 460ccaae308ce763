// Labels of the two corpora (test/fixtures/corpus, test/fixtures/holdout) that contradict the status table of
// issue 11 ("Verdicts an auditor can sign"). The label files are not changed: these pairs are scored with the
// status the issue's table gives, and listed here with the table's row, so the lead can re-label or drop them.
//   - a separate duty that remains in force (audit/self-inspection results report, SPF only, 誤送信防止,
//     pattern-file antivirus) → missing, the clause cited as related;
//   - the CRYPTREC TLS 1.0/1.1 / SSL 3.0 point is a separate advisory, not the FY2018 revision: it must not make
//     web-encryption outdated.
export interface Issue11Override {
  file: string;
  id: string;
  label: string;
  status: 'covered' | 'missing' | 'outdated';
  why: string;
}

const SEPARATE = 'a separate duty that remains in force → missing, cited as related (issue 11 table, row 4)';
const TLS = 'CRYPTREC TLS advisory is not the FY2018 revision: not outdated (issue 11, brief)';

export const ISSUE11_OVERRIDES: Issue11Override[] = [
  // test/fixtures/corpus
  {
    file: '02-agency-kitei-article.md',
    id: 'unknown-malware',
    label: 'outdated',
    status: 'missing',
    why: `pattern-file antivirus only: ${SEPARATE}`,
  },
  {
    file: '03-university-hybrid.md',
    id: 'issue-reporting',
    label: 'outdated',
    status: 'missing',
    why: `self-inspection results reported: ${SEPARATE}`,
  },
  {
    file: '08-tables-beppyo.md',
    id: 'email-encryption',
    label: 'outdated',
    status: 'missing',
    why: `SPF and 誤送信防止 only: ${SEPARATE}`,
  },
  {
    file: '09-frontmatter-not-applicable.md',
    id: 'unknown-malware',
    label: 'outdated',
    status: 'missing',
    why: `pattern-file antivirus only: ${SEPARATE}`,
  },
  {
    file: '10-old-h28-agency.md',
    id: 'unknown-malware',
    label: 'outdated',
    status: 'missing',
    why: `pattern-file antivirus only: ${SEPARATE}`,
  },
  {
    file: '10-old-h28-agency.md',
    id: 'issue-reporting',
    label: 'outdated',
    status: 'missing',
    why: `self-inspection results reported: ${SEPARATE}`,
  },
  {
    file: '15-decoys.md',
    id: 'email-encryption',
    label: 'outdated',
    status: 'missing',
    why: `誤送信防止 only: ${SEPARATE}`,
  },
  {
    file: '15-decoys.md',
    id: 'issue-reporting',
    label: 'outdated',
    status: 'missing',
    why: `self-inspection results reported: ${SEPARATE}`,
  },
  {
    file: '17-old-h26-ministry.md',
    id: 'email-encryption',
    label: 'outdated',
    status: 'missing',
    why: `SPF only: ${SEPARATE}`,
  },
  {
    file: '17-old-h26-ministry.md',
    id: 'issue-reporting',
    label: 'outdated',
    status: 'missing',
    why: `self-inspection results reported: ${SEPARATE}`,
  },
  {
    file: '18-bold-articles-shitei.md',
    id: 'web-encryption',
    label: 'outdated',
    status: 'covered',
    why: `all sites HTTPS, TLS 1.0 named: ${TLS}`,
  },
  {
    file: '19-english-fy2016.md',
    id: 'unknown-malware',
    label: 'outdated',
    status: 'missing',
    why: `pattern files only: ${SEPARATE}`,
  },
  {
    file: '19-english-fy2016.md',
    id: 'issue-reporting',
    label: 'outdated',
    status: 'missing',
    why: `self-inspection results reported: ${SEPARATE}`,
  },
  // test/fixtures/holdout
  {
    file: '03_university_kisoku_chapters.md',
    id: 'unknown-malware',
    label: 'outdated',
    status: 'missing',
    why: `definition-file antivirus only: ${SEPARATE}`,
  },
  {
    file: '04_shitei_hojin_fullwidth.md',
    id: 'issue-reporting',
    label: 'outdated',
    status: 'missing',
    why: `self-inspection results reported: ${SEPARATE}`,
  },
  {
    file: '07_english_translation.md',
    id: 'issue-reporting',
    label: 'outdated',
    status: 'missing',
    why: `self-inspection results reported: ${SEPARATE}`,
  },
  {
    file: '08_fy2016_old_ministry.md',
    id: 'unknown-malware',
    label: 'outdated',
    status: 'missing',
    why: `pattern-file antivirus only: ${SEPARATE}`,
  },
  {
    file: '08_fy2016_old_ministry.md',
    id: 'issue-reporting',
    label: 'outdated',
    status: 'missing',
    why: `self-inspection results reported: ${SEPARATE}`,
  },
  {
    file: '09_dokuho_partially_revised.md',
    id: 'web-encryption',
    label: 'outdated',
    status: 'covered',
    why: `all sites SSL/TLS, SSL 3.0 named: ${TLS}`,
  },
  {
    file: '11_decoys_agency.md',
    id: 'email-encryption',
    label: 'outdated',
    status: 'missing',
    why: `誤送信防止 only: ${SEPARATE}`,
  },
  {
    file: '11_decoys_agency.md',
    id: 'issue-reporting',
    label: 'outdated',
    status: 'missing',
    why: `self-inspection results reported: ${SEPARATE}`,
  },
  {
    file: '14_english_fy2016_based.md',
    id: 'unknown-malware',
    label: 'outdated',
    status: 'missing',
    why: `pattern files only: ${SEPARATE}`,
  },
  {
    file: '14_english_fy2016_based.md',
    id: 'issue-reporting',
    label: 'outdated',
    status: 'missing',
    why: `self-inspection results reported: ${SEPARATE}`,
  },
];

/** The labels with the issue-11 statuses applied (a copy; the label must still say what the override expects). */
export function withIssue11<T extends { expected: Record<string, string> }>(file: string, label: T): T {
  // KIJUN_RAW_LABELS=1 scores against the label files as written (to see what the overrides change).
  if (process.env.KIJUN_RAW_LABELS) return label;
  const overrides = ISSUE11_OVERRIDES.filter((o) => o.file === file);
  if (!overrides.length) return label;
  const expected = { ...label.expected };
  for (const o of overrides) {
    if (expected[o.id] !== o.label)
      throw new Error(
        `issue-11 override for ${file} ${o.id}: the label is ${expected[o.id]}, not ${o.label} (remove the override)`,
      );
    expected[o.id] = o.status;
  }
  return { ...label, expected };
}
