// A small catalog made up for the tests: its rules are known exactly, so set semantics (always/alone outdated,
// not-applicable, ambiguous citations) can be tested without depending on how the real catalog words things
// (another engineer tunes that).
import {
  buildCatalog,
  type Catalog,
  type CatalogData,
  type OutdatedRule,
  type Requirement,
} from '../../../server/src/core';

const text = (s: string) => ({ ja: s, en: s });

function req(
  id: string,
  section: string,
  concepts: Record<string, string[]>,
  cover: Requirement['detect']['cover'],
  outdated: OutdatedRule[] = [],
  level: Requirement['level'] = 'mandatory',
): Requirement {
  return {
    id,
    title: text(`${id} title`),
    level,
    edition: 'h30',
    reference: { section, verified: false, document: text('統一基準') },
    summary: text(`${id} summary`),
    explanation: text(`${id} explanation`),
    home: [`${id}-heading`],
    detect: { cover, outdated },
    concepts: { ...concepts, [`${id}-heading`]: [`${id}章`] },
    template: text(`\${1:責任者}は、${id}を定めること。`),
    prefixes: [`kijun-${id}`],
  };
}

export function syntheticCatalog(): Catalog {
  return buildCatalog({
    editions: [{ id: 'h30', title: { ja: '平成30年度版', en: 'FY2018 edition' }, date: '2018-07-25' }],
    defaultEdition: 'h30',
    concepts: { 'older-edition-citation': ['平成26年度版'], 'older-edition-term': ['行政事務従事者'] },
    editionCheck: {
      id: 'outdated-edition',
      title: text('old edition'),
      explanation: text('old edition'),
      signals: [
        { concept: 'older-edition-citation', reason: text('old') },
        { concept: 'older-edition-term', reason: text('old term') },
      ],
    },
    requirements: [
      // alpha: 「アルファ」 covers; 「旧式アルファ」 is outdated even when something else covers (always).
      req(
        'alpha',
        '7.2.1(1)',
        { alpha: ['アルファ'], 'alpha-old': ['旧式アルファ'] },
        [{ all: ['alpha'] }],
        [{ all: ['alpha-old'], when: 'always', reason: text('alpha old') }],
      ),
      // beta: 「ベータ」 covers; 「ベータは任意」 is outdated only when nothing covers (alone).
      req(
        'beta',
        '2.3.1 / 2.4.1',
        { beta: ['ベータ'], 'beta-weak': ['ベータは任意'] },
        [{ all: ['beta'] }],
        [{ all: ['beta-weak'], when: 'alone', reason: text('beta weak') }],
      ),
      // gamma shares 2.3.1 with beta: a citation of 2.3.1 alone does not say which.
      req('gamma', '2.3.1', { gamma: ['ガンマ'] }, [{ all: ['gamma'] }], [], 'recommended'),
    ],
  } satisfies CatalogData);
}
