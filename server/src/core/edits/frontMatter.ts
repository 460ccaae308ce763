import { isMap, parse as parseYaml, parseDocument, type Document } from 'yaml';
import type { PolicyDocument } from '../model/types';
import { lineStartOf } from './lines';
import { escapeSnippet, snippetToPlain } from './snippet';
import type { EditOptions, InsertEdit } from './types';

/** The flat key the checker reads next to (or instead of) a `kijun:` mapping. */
export const notApplicableKey = (id: string) => `kijun.not-applicable.${id}`;

const YAML_OPTIONS = { maxAliasCount: 10, logLevel: 'error' } as const;

/**
 * Records that a requirement does not apply: `kijun.not-applicable.<id>: <reason>` added to the front matter's
 * top-level mapping, creating the front matter when there is none. A flat key is valid YAML next to any existing
 * `kijun:` mapping, so the user's own settings are never rewritten.
 *
 * The key goes into the text range of the mapping itself (the `yaml` package's node ranges), in the mapping's own
 * style: a line at its indentation after its last entry for a block mapping (so a `...` end line or an indented
 * mapping stay valid), `, "key": "reason"` before the closing brace of a flow mapping (`{"kijun": {…}}`). The
 * result is parsed again and must mean the old settings plus this one key; otherwise nothing is offered. Undefined
 * too when the key is already there or the front matter is not a readable mapping (the configuration finding says
 * why).
 */
export function planNotApplicable(
  doc: PolicyDocument,
  id: string,
  reasonSnippet: string,
  options: EditOptions,
): InsertEdit | undefined {
  const eol = doc.eol;
  const key = notApplicableKey(id);
  const plainReason = snippetToPlain(reasonSnippet);
  const reason = options.snippet ? reasonSnippet : plainReason;
  const line = (options.snippet ? escapeSnippet(key) : key) + ': ' + reason;
  const fm = doc.frontMatter;
  if (!fm) {
    const offset = doc.text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const rest = doc.text.slice(offset);
    const after = rest.length === 0 ? '' : /^[ \t]*\r?\n/.test(rest) ? eol : eol + eol;
    return { offset, text: `---${eol}${line}${eol}---${after}`, snippet: options.snippet };
  }
  if (!fm.data) return undefined;
  if (fm.data[key] !== undefined) return undefined;
  const raw = fm.raw;
  // Offsets in the raw YAML are offsets in the document from rawStart on.
  if (doc.text.slice(fm.rawStart, fm.rawStart + raw.length) !== raw) return undefined;
  let parsed: Document.Parsed;
  try {
    parsed = parseDocument(raw, YAML_OPTIONS);
  } catch {
    return undefined;
  }
  if (parsed.errors.length) return undefined;
  const map = parsed.contents;
  let plan: { at: number; text: string; plain: string };
  if (map === null || map === undefined) {
    // Empty (or only comments): the line before the closing fence.
    plan = { at: -1, text: line + eol, plain: `${key}: ${plainReason}${eol}` };
  } else if (!isMap(map) || !map.range) {
    return undefined;
  } else if (map.flow) {
    const close = map.range[1] - 1;
    if (raw[close] !== '}') return undefined;
    const last = map.items[map.items.length - 1];
    const lastEnd = last ? (nodeEnd(last.value) ?? nodeEnd(last.key)) : undefined;
    if (last && lastEnd === undefined) return undefined;
    const at = lastEnd ?? close;
    const sep = last ? ', ' : '';
    const quoted = (s: string) => JSON.stringify(s);
    const keyText = quoted(key);
    plan = {
      at,
      text: `${sep}${options.snippet ? escapeSnippet(keyText) : keyText}: "${options.snippet ? reasonSnippet : escapeQuoted(plainReason)}"`,
      plain: `${sep}${keyText}: ${quoted(plainReason)}`,
    };
  } else {
    const first = map.items[0];
    const firstStart = first && nodeStart(first.key);
    const last = map.items[map.items.length - 1];
    const end = last ? (nodeEnd(last.value) ?? nodeEnd(last.key)) : undefined;
    if (firstStart === undefined || end === undefined) return undefined;
    const indent = raw.slice(lineStartOf(raw, firstStart), firstStart);
    if (!/^[ ]*$/.test(indent)) return undefined;
    // The start of the line after the mapping's last value (a block scalar ends after its own line break).
    let lastChar = end;
    while (lastChar > 0 && /\s/.test(raw[lastChar - 1])) lastChar--;
    const nl = raw.indexOf('\n', lastChar);
    if (nl < 0) plan = { at: -1, text: indent + line + eol, plain: `${indent}${key}: ${plainReason}${eol}` };
    else plan = { at: nl + 1, text: indent + line + eol, plain: `${indent}${key}: ${plainReason}${eol}` };
  }
  // Check the result: the old settings plus this key, nothing else.
  const rawEnd = raw.length;
  const newRaw =
    plan.at < 0
      ? raw + (raw.length && !raw.endsWith('\n') ? eol : '') + plan.plain.replace(/\r?\n$/, '')
      : raw.slice(0, plan.at) + plan.plain + raw.slice(plan.at);
  let after: unknown;
  try {
    after = parseYaml(newRaw, YAML_OPTIONS);
  } catch {
    return undefined;
  }
  if (!after || typeof after !== 'object' || Array.isArray(after)) return undefined;
  const { [key]: added, ...rest } = after as Record<string, unknown>;
  if (added !== plainReason || JSON.stringify(rest) !== JSON.stringify(fm.data)) return undefined;
  if (plan.at < 0 || plan.at >= rawEnd) {
    // At the end of the YAML: the line before the closing fence, as the line it becomes.
    const closing = lineStartOf(doc.text, fm.end);
    return { offset: closing, text: plan.text, snippet: options.snippet };
  }
  return { offset: fm.rawStart + plan.at, text: plan.text, snippet: options.snippet };
}

type Ranged = { range?: [number, number, number] | null } | null | undefined;
const nodeStart = (n: unknown): number | undefined => (n as Ranged)?.range?.[0] ?? undefined;
const nodeEnd = (n: unknown): number | undefined => (n as Ranged)?.range?.[1] ?? undefined;

/** A reason inside double quotes: the characters YAML would read otherwise. */
const escapeQuoted = (s: string) => JSON.stringify(s).slice(1, -1);
