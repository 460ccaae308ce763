// Drop-in replacement for micromark's lib/initialize/text.js (micromark 4.0.2), swapped in at build time by
// scripts/micromarkText.mjs (esbuild and vitest) for the imports of micromark's own parse.js and constructs.js.
// The tokenizers are upstream's (imported from the original module); only the two resolvers are replaced:
// upstream merges adjacent `data` events with one `events.splice` per merge, and inserts each line suffix with
// one `events.splice` per line, so one paragraph of many short lines with `&`, `<`, `[`… in them (a break in
// the data) was quadratic: 100 000 lines of `a&b` (400 KB) took 36 s. Here both passes compact or rebuild the
// array once: linear, same events in the same array (test/vendor/micromarkText.test.ts checks the trees against
// upstream remark run in plain Node).
import type { Code, Event, InitialConstruct, Resolver, TokenizeContext, Token } from 'micromark-util-types';
// The upstream module, by path: the swap only redirects the imports inside micromark's parse.js/constructs.js.
import * as upstream from '../../../node_modules/micromark/lib/initialize/text.js';

const upstreamText = upstream.text as InitialConstruct;
const upstreamString = upstream.string as InitialConstruct;

/** Merges each run of adjacent `data` events into its first token (upstream resolveAllText), in one pass. */
function mergeDataLinear(events: Event[]): Event[] {
  const length = events.length;
  let write = 0;
  let index = 0;
  while (index < length) {
    const event = events[index];
    if (event[1].type === 'data' && index + 1 < length) {
      // Upstream: the run is the enter/exit pair at `index` and every `data` event after index + 1.
      let end = index + 2;
      while (end < length && events[end][1].type === 'data') end++;
      if (end !== index + 2) event[1].end = events[end - 1][1].end;
      events[write++] = event;
      events[write++] = events[index + 1];
      index = end;
      continue;
    }
    events[write++] = event;
    index++;
  }
  events.length = write;
  return events;
}

/**
 * Splits trailing spaces and tabs off the `data` before each line ending (and at the end) into a `lineSuffix` or
 * `hardBreakTrailing` token (upstream resolveAllLineSuffixes), building the result once instead of splicing.
 */
function lineSuffixes(events: Event[], context: TokenizeContext): Event[] {
  const length = events.length;
  let out: Event[] | undefined;
  for (let j = 0; j < length; j++) {
    out?.push(events[j]);
    const atEnd = j + 1 === length;
    if (!(atEnd || events[j + 1][1].type === 'lineEnding') || events[j][1].type !== 'data') continue;
    const data = events[j][1];
    const chunks = context.sliceStream(data);
    let index = chunks.length;
    let bufferIndex = -1;
    let size = 0;
    let tabs: boolean | undefined;
    // Walk back over the chunks of the data: spaces at the end of string chunks, tabs (-2) and virtual spaces (-1).
    while (index--) {
      const chunk = chunks[index] as string | Code;
      if (typeof chunk === 'string') {
        bufferIndex = chunk.length;
        while (chunk.charCodeAt(bufferIndex - 1) === 32) {
          size++;
          bufferIndex--;
        }
        if (bufferIndex) break;
        bufferIndex = -1;
      } else if (chunk === -2) {
        tabs = true;
        size++;
      } else if (chunk !== -1) {
        index++;
        break;
      }
    }
    // Trailing white space at the very end is allowed in some content types.
    if ((context as TokenizeContext & { _contentTypeTextTrailing?: boolean })._contentTypeTextTrailing && atEnd)
      size = 0;
    if (!size) continue;
    const token: Token = {
      type: atEnd || tabs || size < 2 ? 'lineSuffix' : 'hardBreakTrailing',
      start: {
        _bufferIndex: index ? bufferIndex : data.start._bufferIndex + bufferIndex,
        _index: data.start._index + index,
        line: data.end.line,
        column: data.end.column - size,
        offset: data.end.offset - size,
      },
      end: { ...data.end },
    };
    data.end = { ...token.start };
    if (data.start.offset === data.end.offset) {
      Object.assign(data, token);
    } else {
      if (!out) out = events.slice(0, j + 1);
      out.push(['enter', token, context], ['exit', token, context]);
    }
  }
  if (!out) return events;
  // Same array, as upstream (it mutates and returns the events it was given).
  events.length = out.length;
  for (let i = 0; i < out.length; i++) events[i] = out[i];
  return events;
}

const resolveText: Resolver = (events) => mergeDataLinear(events);
const resolveTextAndSuffixes: Resolver = (events, context) => lineSuffixes(mergeDataLinear(events), context);

export const resolver = { resolveAll: resolveText };
export const string: InitialConstruct = { ...upstreamString, resolveAll: resolveText };
// `linearDataMerge`: an extra key micromark ignores, so a test can find the swap in the minified bundle.
export const text: InitialConstruct = Object.assign(
  { ...upstreamText, resolveAll: resolveTextAndSuffixes },
  { linearDataMerge: true },
);
