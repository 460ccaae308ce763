import type { Messages } from '.';

// The English string table: the same keys and parameters as ja.ts (the compiler checks).
export const en: Messages = {
  'common.line': (line: number) => `line ${line}`,
  'hover.why': 'Why',
  'hover.relatedHead': 'Related clauses (not meeting the requirement)',
  'hover.clauseDoesNotMeet': (title: string) => `_This clause does not meet the requirement "${title}"._`,
};
