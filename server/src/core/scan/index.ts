// The one line scanner (headings, fenced code, containers) and its incremental form. See scanner.ts.
export { blocksStart, scanDocument, scanLines } from './document';
export { frontMatterBody, frontMatterClose, frontMatterEnd } from './frontMatter';
export { scanLine, type ScanSink } from './scanner';
export { initialState, type LineState } from './state';
export * as lines from './lines';
export * as blocks from './blocks';
export {
  IncrementalScan,
  lastPointBefore,
  Meeting,
  type ScannedFence,
  type ScannedHeading,
  type ScannedPart,
  type Span,
} from './incremental';
