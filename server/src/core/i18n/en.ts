import type { Messages } from '.';

// The English string table: the same keys and parameters as ja.ts (the compiler checks).
export const en: Messages = {
  'common.line': (line: number) => `line ${line}`,
  'hover.why': 'Why',
  'hover.relatedHead': 'Related clauses (not meeting the requirement)',
  'hover.clauseDoesNotMeet': (title: string) => `_This clause does not meet the requirement "${title}"._`,
  // The standard hover (server/standardHover.ts): the editions and the one this document is checked against.
  'edition.hover.name': (title: string, date: string) => `${title} (${date})`,
  'edition.hover.history': (editions: string) => `Editions: ${editions}`,
  'edition.hover.standard': (checked: string) => `**The Common Standards** (統一基準群) — Kijun checks this document against the **${checked}**.`,
  'edition.hover.head': (edition: string) => `**Common Standards, ${edition}**`,
  'edition.hover.current': 'The edition Kijun checks this document against (treated as current).',
  'edition.hover.older': (checked: string) => `An older edition, since revised; the current one for this check is the **${checked}**. Cite it as the basis.`,
  'edition.hover.later': (checked: string) => `Kijun checks against the ${checked}; what this later edition added is not checked yet.`,
  'edition.hover.why': (reason: string) => `Why this edition: ${reason}.`,
  'edition.hover.auto': (fallback: string, fiscalYear: number | undefined) => `By default (\`auto\`) the edition the policy declares as its basis is used (${fiscalYear ? `FY${fiscalYear}` : `the ${fallback}`} when it declares none or an older one). Choose another with the \`kijun.edition\` setting or \`kijun.edition\` in front matter.`,
  // policy sets (kijun.json): core/policySet, server/policySets.ts
  'set.configLinkOutside': (name: string) => `${name} is a link to a file outside its folder: not read`,
  'set.configTooLarge': 'the configuration file is too large (1 MB at most)',
  'set.configMissing': 'no such file',
  'set.configUnreadable': (code: string) => `cannot read (${code})`,
  'set.secondConfigIgnored': (second: string, first: string) => `${second} in the same folder is ignored (${first} takes precedence)`,
  'set.tooManyFiles': (count: number, max: number) => `too many files: ${count.toLocaleString('en')} (a set holds at most ${max}); only the first ${max} are checked: narrow the patterns or split the set`,
  'set.fileNotChecked': (name: string, why: string) => `files: cannot check ${name} (${why})`,
  'set.fileBadBytes': (name: string, why: string) => `files: ${name} has unreadable bytes (${why})`,
  'set.unusablePattern': (pattern: string, why: string) => `${pattern}: unusable pattern (${why})`,
  'set.patternMatchesNothing': (pattern: string) => `${pattern} matches no file`,
  'set.noSuchFile': (name: string) => `${name}: no such file`,
  'set.primaryNotListed': (name: string) => `primary "${name}" is not one of the set's files`,
};
