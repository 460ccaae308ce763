// Type checks only (nothing imports this file; `npm run typecheck` compiles it): the web versions that
// scripts/webEdges.mjs swaps in for server/src/lsp/{uris,docsLink,crashGuard}.ts at bundle time offer what the
// shared server modules use of the originals, with the same types — so the worker's server is the same server.
// Policy sets need no swap: the worker passes its file system (webFileSystem.ts) to the same server.
import type * as NodeCrash from '../lsp/crashGuard';
import type * as NodeDocs from '../lsp/docsLink';
import type * as NodeUris from '../lsp/uris';
import type * as WebCrash from './crashGuard';
import type * as WebDocs from './docsLink';
import type * as WebUris from './uris';

type Assert<T extends true> = T;
type Extends<A, B> = [A] extends [B] ? true : false;

export type WebEdgeChecks = [
  Assert<Extends<typeof WebUris.uriPath, typeof NodeUris.uriPath>>,
  Assert<Extends<typeof WebUris.relativeToFolder, typeof NodeUris.relativeToFolder>>,
  Assert<Extends<typeof WebUris.displayName, typeof NodeUris.displayName>>,
  Assert<Extends<typeof WebDocs.docsHref, typeof NodeDocs.docsHref>>,
  // What connection.ts and analysisCache.ts use of the crash guard.
  Assert<Extends<WebCrash.CrashGuard, Pick<NodeCrash.CrashGuard, 'refuses' | 'run'>>>,
  Assert<Extends<ReturnType<typeof WebCrash.CrashGuard.forProcess>, WebCrash.CrashGuard>>,
];
