// Type checks only (nothing imports this file; `npm run typecheck` compiles it): the web versions that
// scripts/webEdges.mjs swaps in for server/src/server/{policySets,uris,docsLink}.ts at bundle time offer what the
// shared server modules use of the originals, with the same types — so the worker's server is the same server.
import type * as NodeCrash from '../server/crashGuard';
import type * as NodeDocs from '../server/docsLink';
import type * as NodeSets from '../server/policySets';
import type * as NodeUris from '../server/uris';
import type * as WebCrash from './crashGuard';
import type * as WebDocs from './docsLink';
import type * as WebSets from './policySets';
import type * as WebUris from './uris';

type Assert<T extends true> = T;
type Extends<A, B> = [A] extends [B] ? true : false;

/** What connection.ts and complianceReport.ts call on a PolicySets. */
type UsedSets = Pick<NodeSets.PolicySets, 'configure' | 'documentChanged' | 'documentClosed' | 'filesChanged' | 'settingsChanged' | 'stateOf'>;

export type WebEdgeChecks = [
  Assert<Extends<WebSets.PolicySets, UsedSets>>,
  Assert<Extends<ReturnType<WebSets.PolicySets['setFor']>, Promise<Pick<NodeSets.SetResult, 'analysis' | 'files' | 'errors' | 'lang' | 'root' | 'configUri' | 'config' | 'problems'> | undefined>>>,
  // The web constructor takes what connection.ts passes to the Node one.
  Assert<Extends<ConstructorParameters<typeof NodeSets.PolicySets> extends [infer A, infer B, infer C, infer D, infer E, infer F, ...unknown[]] ? [A, B, C, D, E, F] : never, ConstructorParameters<typeof WebSets.PolicySets>>>,
  Assert<Extends<typeof WebSets.withPolicySets, (base: Parameters<typeof NodeSets.withPolicySets>[0], sets: WebSets.PolicySets) => ReturnType<typeof NodeSets.withPolicySets>>>,
  Assert<Extends<typeof WebUris.uriPath, typeof NodeUris.uriPath>>,
  Assert<Extends<typeof WebUris.relativeToFolder, typeof NodeUris.relativeToFolder>>,
  Assert<Extends<typeof WebUris.displayName, typeof NodeUris.displayName>>,
  Assert<Extends<typeof WebDocs.docsHref, typeof NodeDocs.docsHref>>,
  // What connection.ts and analysisCache.ts use of the crash guard.
  Assert<Extends<WebCrash.CrashGuard, Pick<NodeCrash.CrashGuard, 'refuses' | 'run'>>>,
  Assert<Extends<ReturnType<typeof WebCrash.CrashGuard.forProcess>, WebCrash.CrashGuard>>,
];
