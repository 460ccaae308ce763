// The parts of the extension manifest that derive from the catalog (scripts/generate.mjs writes them):
//   package.json  contributes.configuration kijun.edition enum + enumDescriptions, kijun.severity properties
//   package.nls.json, package.nls.ja.json   kijun.edition.<id>: each edition's `setting` (else its title)
// package.json is hand-formatted (one-line objects): only those lines are rewritten, the rest stays byte for byte.

const list = (values) => `[${values.map((v) => JSON.stringify(v)).join(', ')}]`;

/** The text between `open` (the index of a '[' or '{') and its matching closing bracket, exclusive of both. */
function closing(text, open) {
  const pairs = { '[': ']', '{': '}' };
  const stack = [];
  let inString = false;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (pairs[c]) stack.push(pairs[c]);
    else if (c === stack.at(-1)) {
      stack.pop();
      if (!stack.length) return i;
    }
  }
  throw new Error(`manifest: unbalanced bracket at ${open}`);
}

/** Replaces the value of `"key": [ … ]` / `{ … }` found after `from`. */
function replaceValue(text, from, key, render) {
  const at = text.indexOf(`"${key}": `, from);
  if (at < 0) throw new Error(`manifest: "${key}" not found`);
  const open = at + key.length + 4;
  const close = closing(text, open);
  return text.slice(0, open) + render(text.slice(open, close + 1)) + text.slice(close + 1);
}

const editionKey = (id) => `kijun.edition.${id}`;
const settingText = (e, lang) => e.setting?.[lang] ?? (lang === 'ja' ? e.title.ja : `${e.title.en} (${e.title.ja})`);

/** package.json with the edition enum and the per-requirement severity keys of `catalog`. */
export function manifestJson(text, catalog) {
  const ids = catalog.editions.map((e) => e.id);
  const editionAt = text.indexOf('"kijun.edition": {');
  if (editionAt < 0) throw new Error('manifest: "kijun.edition" not found');
  let out = replaceValue(text, editionAt, 'enum', () => list(['auto', ...ids]));
  out = replaceValue(out, editionAt, 'enumDescriptions', () =>
    list(['auto', ...ids].map((id) => `%${editionKey(id)}%`)),
  );
  const severityAt = out.indexOf('"kijun.severity": {');
  if (severityAt < 0) throw new Error('manifest: "kijun.severity" not found');
  const severity = JSON.parse(text).contributes.configuration.properties['kijun.severity'];
  const levels = list(severity.additionalProperties.enum);
  const keys = [...catalog.requirements.map((r) => r.id), catalog.editionCheck.id];
  out = replaceValue(out, severityAt, 'properties', (old) => {
    // The indentation of the object's lines, as the file has it.
    const indent = /\n( *)"/.exec(old)?.[1] ?? '            ';
    const closingIndent = /\n( *)\}$/.exec(old)?.[1] ?? indent.slice(2);
    return `{\n${keys.map((k) => `${indent}${JSON.stringify(k)}: { "type": "string", "enum": ${levels} }`).join(',\n')}\n${closingIndent}}`;
  });
  // What the rewrite must amount to; anything else (an unexpected layout) stops the generator.
  const expected = JSON.parse(text);
  const edition = expected.contributes.configuration.properties['kijun.edition'];
  edition.enum = ['auto', ...ids];
  edition.enumDescriptions = edition.enum.map((id) => `%${editionKey(id)}%`);
  expected.contributes.configuration.properties['kijun.severity'].properties = Object.fromEntries(
    keys.map((k) => [k, { type: 'string', enum: severity.additionalProperties.enum }]),
  );
  if (JSON.stringify(JSON.parse(out)) !== JSON.stringify(expected))
    throw new Error('manifest: package.json rewrite went wrong (kijun.edition / kijun.severity layout changed?)');
  return out;
}

/** A package.nls*.json with one `kijun.edition.<id>` entry per edition, right after `kijun.edition.auto`. */
export function manifestNls(text, catalog, lang) {
  const old = JSON.parse(text);
  const isEditionEntry = (k) =>
    k.startsWith('kijun.edition.') && !['kijun.edition.description', 'kijun.edition.auto'].includes(k);
  const out = {};
  for (const [k, v] of Object.entries(old)) {
    if (isEditionEntry(k)) continue;
    out[k] = v;
    if (k === 'kijun.edition.auto') for (const e of catalog.editions) out[editionKey(e.id)] = settingText(e, lang);
  }
  return JSON.stringify(out, null, 2) + '\n';
}

/** The three manifest files as `catalog` makes them from their current text (`read(path)`). */
export function manifestFiles(catalog, read) {
  return {
    'package.json': manifestJson(read('package.json'), catalog),
    'package.nls.json': manifestNls(read('package.nls.json'), catalog, 'en'),
    'package.nls.ja.json': manifestNls(read('package.nls.ja.json'), catalog, 'ja'),
  };
}
