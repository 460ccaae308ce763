import { fillTerms } from '../catalog/terms';
import type { Catalog } from '../catalog';
import type { Severity } from '../checker/types';
import { t } from '../i18n';
import { findingFingerprint } from './fingerprint';
import type { CheckedFile, FileError } from './json';
import type { TraceMeta } from './meta';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};
const DOCS = 'https://github.com/kijun-policy/kijun/blob/main/docs/requirements';

/** SARIF 2.1.0, as GitHub code scanning and other viewers load it. Columns are UTF-16 units, 1-based. */
export function sarifReport(
  files: CheckedFile[],
  errors: FileError[],
  catalog: Catalog,
  version: string,
  lang: 'ja' | 'en',
  trace?: TraceMeta,
): object {
  // The requirements of the catalog's edition, then those of any other edition a file was checked against.
  const requirements = [...catalog.requirements];
  for (const { analysis } of files) {
    for (const r of analysis.catalog.requirements) if (!requirements.some((x) => x.id === r.id)) requirements.push(r);
  }
  const rules = [
    ...requirements.map((r) => ({
      id: r.id,
      // A readable name, left out where it would only repeat the id (SARIF1001: drm → Drm).
      ...(pascal(r.id).toLowerCase() === r.id.toLowerCase() ? {} : { name: pascal(r.id) }),
      shortDescription: { text: r.title[lang] },
      fullDescription: { text: r.summary[lang] },
      helpUri: `${DOCS}/${r.id}.md`,
      help: {
        text: `${r.summary[lang]}\n\n${r.explanation[lang]}`,
        markdown: `**${r.title[lang]}**\n\n${r.explanation[lang]}`,
      },
      defaultConfiguration: { level: r.level === 'mandatory' ? 'warning' : 'note' },
      properties: {
        level: r.level,
        reference: r.reference.section,
        referenceVerified: r.reference.verified,
        ...(r.revision ? { revision: r.revision.did[lang], revisionKind: r.revision.kind } : {}),
      },
    })),
    {
      id: catalog.data.editionCheck.id,
      name: 'OutdatedEdition',
      shortDescription: { text: catalog.data.editionCheck.title[lang] },
      fullDescription: {
        text: fillTerms(catalog.data.editionCheck.explanation[lang], catalog.data, catalog.edition, lang),
      },
      helpUri: `${DOCS}/outdated-edition.md`,
      help: { text: fillTerms(catalog.data.editionCheck.explanation[lang], catalog.data, catalog.edition, lang) },
      defaultConfiguration: { level: 'warning' },
    },
    {
      id: 'placeholder',
      name: 'UnfilledPlaceholder',
      shortDescription: { text: t('sarif.placeholder.short', lang) },
      help: { text: t('sarif.placeholder.help', lang) },
      defaultConfiguration: { level: 'note' },
    },
    {
      id: 'configuration',
      name: 'InvalidSetting',
      shortDescription: { text: t('sarif.configuration.short', lang) },
      help: { text: t('sarif.configuration.help', lang) },
      defaultConfiguration: { level: 'warning' },
    },
  ];
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  // Which edition each file was checked against, and why (run properties: SARIF viewers show them as they are).
  const editions = files.map(({ path, analysis }) => ({
    uri: toUri(path),
    edition: analysis.edition,
    editionSource: analysis.editionChoice.source,
    editionReason: analysis.editionChoice.reason[lang],
  }));
  const results = files.flatMap(({ path, analysis }) =>
    analysis.findings.map((f) => {
      const result = analysis.requirements.find((r) => r.id === f.code);
      const region = (range: {
        start: { line: number; character: number };
        end: { line: number; character: number };
      }) => ({
        startLine: range.start.line + 1,
        startColumn: range.start.character + 1,
        endLine: range.end.line + 1,
        endColumn: range.end.character + 1,
      });
      // The reason of the verdict (issue 11): in the message after the finding, and condition by condition in properties.
      const reason = result?.reason?.[lang];
      return {
        ruleId: f.code,
        ruleIndex: ruleIndex.get(f.code) ?? 0,
        level: LEVEL[f.severity],
        message: { text: reason && !f.message.includes(reason) ? `${f.message}\n${reason}` : f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: toUri(path) },
              region: {
                startLine: f.range.start.line + 1,
                startColumn: f.range.start.character + 1,
                endLine: f.range.end.line + 1,
                endColumn: f.range.end.character + 1,
              },
            },
          },
        ],
        // What the finding is about, not its line or clause index: code scanning follows the alert as lines move.
        partialFingerprints: { 'kijunFinding/v1': findingFingerprint(f, analysis) },
        ...(f.related.length
          ? {
              relatedLocations: f.related.map((x, i) => ({
                id: i + 1,
                message: { text: x.message },
                physicalLocation: { artifactLocation: { uri: toUri(path) }, region: region(x.range) },
              })),
            }
          : {}),
        ...(result?.reason
          ? {
              properties: {
                status: result.status,
                reason: result.reason[lang],
                conditions: (result.conditions ?? []).map((c) => ({
                  id: c.id,
                  aspect: c.aspect,
                  label: c.label[lang],
                  met: c.met,
                  detail: c.detail[lang],
                })),
                related: (result.related ?? []).map((n) => ({
                  kind: n.kind,
                  reason: n.reason[lang],
                  startLine: n.range.start.line + 1,
                })),
              },
            }
          : {}),
      };
    }),
  );
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'kijun', version, informationUri: 'https://github.com/kijun-policy/kijun', rules } },
        columnKind: 'utf16CodeUnits',
        // Traceability: each policy file with its SHA-256, and the edition, catalog and JST time of the run.
        ...(trace
          ? {
              artifacts: trace.files.map((f) => ({
                location: { uri: toUri(f.path) },
                hashes: { 'sha-256': f.sha256 },
              })),
            }
          : {}),
        results,
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: [
              ...errors.map((e) => ({
                level: 'error',
                message: { text: e.message },
                locations: [{ physicalLocation: { artifactLocation: { uri: toUri(e.path) } } }],
              })),
              ...editions.map((e) => ({
                level: 'note',
                descriptor: { id: 'edition' },
                message: {
                  text: t(
                    'common.checkedAgainst',
                    lang,
                    editionTitle(catalog, e.edition, lang),
                    e.edition,
                    e.editionReason,
                  ),
                },
                locations: [{ physicalLocation: { artifactLocation: { uri: e.uri } } }],
              })),
            ],
          },
        ],
        properties: {
          editions,
          ...(trace
            ? { kijun: { edition: trace.edition, catalog: trace.catalog, generatedAt: trace.generatedAt } }
            : {}),
        },
      },
    ],
  };
}

function editionTitle(catalog: Catalog, id: string, lang: 'ja' | 'en'): string {
  return catalog.data.editions.find((e) => e.id === id)?.title[lang] ?? id;
}

const pascal = (id: string) => id.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase());

function toUri(path: string): string {
  return path.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');
}
