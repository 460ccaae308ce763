import type { PolicyDocument } from '../model/types';
import { lineStartOf } from './lines';
import { escapeSnippet, snippetToPlain } from './snippet';
import type { EditOptions, InsertEdit } from './types';

/** The flat key the checker reads next to (or instead of) a `kijun:` mapping. */
export const notApplicableKey = (id: string) => `kijun.not-applicable.${id}`;

/**
 * Records that a requirement does not apply: `kijun.not-applicable.<id>: <reason>` as the last line of the
 * front matter, creating the front matter when there is none. A flat key is valid YAML next to any existing
 * `kijun:` mapping, so the user's own settings are never rewritten. Undefined when the key is already there
 * or the front matter is not readable YAML (appending would not help; the configuration finding says why).
 */
export function planNotApplicable(doc: PolicyDocument, id: string, reasonSnippet: string, options: EditOptions): InsertEdit | undefined {
  const eol = doc.eol;
  const reason = options.snippet ? reasonSnippet : snippetToPlain(reasonSnippet);
  const line = (options.snippet ? escapeSnippet(notApplicableKey(id)) : notApplicableKey(id)) + ': ' + reason;
  const fm = doc.frontMatter;
  if (!fm) {
    const offset = doc.text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const rest = doc.text.slice(offset);
    const after = rest.length === 0 ? '' : /^[ \t]*\r?\n/.test(rest) ? eol : eol + eol;
    return { offset, text: `---${eol}${line}${eol}---${after}`, snippet: options.snippet };
  }
  if (!fm.data) return undefined;
  if (fm.data[notApplicableKey(id)] !== undefined) return undefined;
  // The closing fence is the last line of the front matter node.
  const closing = lineStartOf(doc.text, fm.end);
  return { offset: closing, text: line + eol, snippet: options.snippet };
}
