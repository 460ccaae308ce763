// The features' analysis source, answering with the set's view of a document that belongs to a set
// (server/src/lsp/policySets.ts, the same in Node and in the web worker).
import type { AnalysisSource, DocumentState } from './analysisCache';

export function withPolicySets(
  base: AnalysisSource,
  sets: { stateOf(uri: string): Promise<{ state?: DocumentState } | undefined> },
): AnalysisSource {
  const stateOf = async (uri: string): Promise<DocumentState | undefined> => {
    const inSet = await sets.stateOf(uri);
    return inSet ? inSet.state : base.stateOf(uri);
  };
  return {
    stateOf,
    policyOf: async (uri) => {
      const state = await stateOf(uri);
      return state?.analysis.isPolicy ? state : undefined;
    },
    lang: base.lang,
  };
}
