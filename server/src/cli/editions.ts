// kijun editions [EDITION] | --diff FROM TO: the editions Kijun knows, the requirements each checks, and what
// changed between two.
import { getCatalog, levelText, pick, revisionText, type Catalog, type Requirement } from '../core';
import { editionDiff, editionListing, type EditionDiff } from '../core/catalog/editions';
import { fillTerms } from '../core/catalog/terms';
import { t } from '../core/i18n';
import { CliUsageError, editionId, langOf, parse, type Lang } from './args';
import { USAGE } from './usage';

const editionName = (catalog: Catalog, id: string, lang: Lang) =>
  pick(catalog.data.editions.find((e) => e.id === id)?.title ?? { ja: id, en: id }, lang);

/** The requirement's confidence as its sources give it: the tags in order, e.g. "P/U". */
const confidenceOf = (r: Requirement) => (r.sources ?? []).map((s) => s.confidence).join('/') || '-';

function requirementJson(r: Requirement, lang: Lang) {
  return {
    id: r.id,
    title: pick(r.title, lang),
    level: r.level,
    edition: r.edition,
    ...(r.revision
      ? {
          revision: {
            kind: r.revision.kind,
            text: pick(r.revision.did, lang),
            confidence: r.revision.confidence ?? 'S',
          },
        }
      : {}),
    ...(r.variant ? { changedIn: r.variant } : {}),
    reference: {
      section: r.reference.section,
      verified: r.reference.verified,
      document: pick(r.reference.document, lang),
    },
    sources: (r.sources ?? []).map((x) => ({ title: x.title, confidence: x.confidence })),
  };
}

function diffJson(d: EditionDiff, catalog: Catalog, lang: Lang) {
  const ed = (e: EditionDiff['from']) => ({ id: e.id, title: pick(e.title, lang), date: e.date });
  const signal = (s: EditionDiff['outdatedTerms']['added'][number]) => ({
    concept: s.concept,
    label: s.label ? pick(s.label, lang) : s.concept,
    ...(s.from ? { from: s.from } : {}),
    ...(s.until ? { until: s.until } : {}),
    reason: fillTerms(
      pick(s.reason, lang).replaceAll('{edition}', editionName(catalog, d.to.id, lang)),
      catalog.data,
      d.to.id,
      lang,
    ),
  });
  return {
    from: ed(d.from),
    to: ed(d.to),
    requirements: {
      from: catalog.forEdition(d.from.id).requirements.length,
      to: catalog.forEdition(d.to.id).requirements.length,
    },
    added: d.added.map((r) => requirementJson(r, lang)),
    revisedExisting: d.revisedExisting.map((r) => r.id),
    changed: d.changed.map((c) => ({
      ...requirementJson(c.requirement, lang),
      changes: c.changes.map((x) => ({ edition: x.edition, note: pick(x.note, lang) })),
    })),
    removed: d.removed.map((r) => requirementJson(r, lang)),
    outdatedTerms: { added: d.outdatedTerms.added.map(signal), removed: d.outdatedTerms.removed.map(signal) },
  };
}

function diffText(d: EditionDiff, catalog: Catalog, lang: Lang): string {
  const out: string[] = [];
  const count = (id: string) => catalog.forEdition(id).requirements.length;
  out.push(
    `${pick(d.from.title, lang)} (${d.from.id}) → ${pick(d.to.title, lang)} (${d.to.id}): ${t('cli.editions.requirements', lang)} ${count(d.from.id)} → ${count(d.to.id)}`,
  );
  const width = Math.max(
    0,
    ...[...d.added, ...d.removed, ...d.changed.map((c) => c.requirement)].map((r) => r.id.length),
  );
  const line = (mark: string, r: Requirement, rest: string) =>
    `  ${mark} ${r.id.padEnd(width)}  ${pick(r.title, lang)} · ${pick(levelText(r), lang)} · ${rest}`;
  const section = (title: string, items: string[]) => {
    out.push('', `${title} (${items.length})`);
    out.push(...(items.length ? items : [`  ${t('cli.editions.none', lang)}`]));
  };
  const revised = new Set(d.revisedExisting);
  const sinceWhat = (r: Requirement) =>
    `${t('cli.editions.since', lang)}: ${editionName(catalog, r.edition, lang)}${r.revision ? ` — ${pick(revisionText(r), lang)}` : ''} · ${t('cli.editions.confidence', lang)} ${confidenceOf(r)}`;
  section(
    t('cli.editions.added', lang),
    d.added.filter((r) => !revised.has(r)).map((r) => line('+', r, sinceWhat(r))),
  );
  if (d.revisedExisting.length)
    section(
      t('cli.editions.revisedExisting', lang),
      d.revisedExisting.map((r) => line('~', r, sinceWhat(r))),
    );
  section(
    t('cli.editions.changed', lang),
    d.changed.map((c) =>
      line(
        '~',
        c.requirement,
        c.changes.map((x) => `${editionName(catalog, x.edition, lang)}: ${pick(x.note, lang)}`).join(' / '),
      ),
    ),
  );
  section(
    t('cli.editions.removed', lang),
    d.removed.map((r) => line('-', r, `${t('cli.editions.since', lang)}: ${editionName(catalog, r.edition, lang)}`)),
  );
  const range = (s: EditionDiff['outdatedTerms']['added'][number]) => {
    const from = s.from ? editionName(catalog, s.from, lang) : '';
    const until = s.until ? editionName(catalog, s.until, lang) : '';
    return t('cli.editions.range', lang, from, until);
  };
  const term = (mark: string) => (s: EditionDiff['outdatedTerms']['added'][number]) =>
    `  ${mark} ${s.label ? pick(s.label, lang) : s.concept}${range(s) ? ` (${range(s)})` : ''}`;
  section(t('cli.editions.newTerms', lang), d.outdatedTerms.added.map(term('!')));
  if (d.outdatedTerms.removed.length)
    section(t('cli.editions.droppedTerms', lang), d.outdatedTerms.removed.map(term('·')));
  return out.join('\n') + '\n';
}

export function editions(rest: string[]): number {
  const { values, positionals } = parse(rest, {
    format: { type: 'string', default: 'text' },
    diff: { type: 'string' },
  });
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const format = values.format as string;
  if (!['text', 'json'].includes(format)) throw new CliUsageError(`--format must be text or json (got "${format}")`);
  const lang = langOf(values.lang);
  const catalog = getCatalog();

  if (values.diff !== undefined) {
    if (positionals.length !== 1)
      throw new CliUsageError('--diff takes two editions (try: kijun editions --diff h30 r5)');
    const [a, b] = [editionId(catalog, values.diff as string), editionId(catalog, positionals[0])];
    const d = editionDiff(catalog, a, b);
    process.stdout.write(
      format === 'json'
        ? JSON.stringify({ version: 1, ...diffJson(d, catalog, lang) }, null, 2) + '\n'
        : diffText(d, catalog, lang),
    );
    return 0;
  }

  if (positionals.length > 1) throw new CliUsageError('kijun editions takes at most one EDITION (or --diff FROM TO)');
  if (positionals.length === 1) {
    // One edition: its requirements.
    const id = editionId(catalog, positionals[0]);
    const view = catalog.forEdition(id);
    if (format === 'json') {
      process.stdout.write(
        JSON.stringify(
          {
            version: 1,
            edition: id,
            title: editionName(catalog, id, lang),
            requirements: view.requirements.map((r) => requirementJson(r, lang)),
          },
          null,
          2,
        ) + '\n',
      );
      return 0;
    }
    const width = Math.max(...view.requirements.map((r) => r.id.length));
    const out = [
      `${editionName(catalog, id, lang)} (${id}): ${t('cli.editions.requirements', lang)} ${view.requirements.length}`,
      '',
    ];
    for (const r of view.requirements) {
      const changed = r.variant
        ? ` · ${t('cli.editions.changed', lang)}: ${editionName(catalog, r.variant, lang)}`
        : '';
      out.push(
        `  ${r.id.padEnd(width)}  ${pick(r.title, lang)} · ${pick(levelText(r), lang)} · ${t('cli.editions.since', lang)}: ${editionName(catalog, r.edition, lang)}${changed}`,
      );
    }
    process.stdout.write(out.join('\n') + '\n');
    return 0;
  }

  const listing = editionListing(catalog);
  if (format === 'json') {
    process.stdout.write(
      JSON.stringify(
        {
          version: 1,
          defaultEdition: catalog.data.defaultEdition,
          editions: listing.map((l) => ({
            id: l.edition.id,
            title: pick(l.edition.title, lang),
            date: l.edition.date,
            ...(l.edition.standard ? { standard: l.edition.standard } : {}),
            default: l.isDefault,
            requirements: l.requirements.length,
            ids: l.requirements.map((r) => r.id),
            added: l.diff?.added.map((r) => r.id) ?? l.requirements.map((r) => r.id),
            revisedExisting: l.diff?.revisedExisting.map((r) => r.id) ?? [],
            changed: l.diff?.changed.map((c) => c.requirement.id) ?? [],
            removed: l.diff?.removed.map((r) => r.id) ?? [],
            ...(l.edition.summary ? { summary: pick(l.edition.summary, lang) } : {}),
            ...(l.edition.confidence ? { confidence: l.edition.confidence } : {}),
          })),
        },
        null,
        2,
      ) + '\n',
    );
    return 0;
  }
  const idWidth = Math.max(...listing.map((l) => l.edition.id.length));
  const out: string[] = [];
  for (const l of listing) {
    const parts = [`${t('cli.editions.requirements', lang)} ${l.requirements.length}`];
    if (l.diff) {
      const revised = new Set(l.diff.revisedExisting);
      const added = l.diff.added.filter((r) => !revised.has(r));
      if (added.length) parts.push(`${t('cli.editions.added', lang)}: ${added.map((r) => r.id).join(', ')}`);
      if (revised.size)
        parts.push(`${t('cli.editions.revisedExisting', lang)}: ${[...revised].map((r) => r.id).join(', ')}`);
      if (l.diff.changed.length)
        parts.push(`${t('cli.editions.changed', lang)}: ${l.diff.changed.map((c) => c.requirement.id).join(', ')}`);
      if (l.diff.removed.length)
        parts.push(`${t('cli.editions.removed', lang)}: ${l.diff.removed.map((r) => r.id).join(', ')}`);
    }
    if (l.edition.standard)
      parts.push(`${t('cli.editions.standard', lang)} ${editionName(catalog, l.edition.standard, lang)}`);
    const head = `${l.edition.id.padEnd(idWidth)}  ${pick(l.edition.title, lang)} (${l.edition.date})${l.isDefault ? ` [${t('cli.editions.default', lang)}]` : ''}`;
    out.push(`${head}  ${parts.join(' · ')}`);
  }
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}
