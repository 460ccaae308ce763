import type { Messages } from '.';

// The English string table: the same keys and parameters as ja.ts (the compiler checks).
export const en: Messages = {
  'common.line': (line: number) => `line ${line}`,
  'hover.why': 'Why',
  'hover.relatedHead': 'Related clauses (not meeting the requirement)',
  'hover.clauseDoesNotMeet': (title: string) => `_This clause does not meet the requirement "${title}"._`,
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
