// An exported Bayes part as version 1 wrote it: the same learned set, each token list an array of
// the first id and the differences after it, where version 2 (src/bayes/serialize.ts) writes a
// string. Tests use it to feed the version 1 reader, and the verdict digest hashes a model in this
// form so that its recorded hashes pin the learned content across the format change.
import { decodeTokenList, type BayesModelJSON, type BayesModelJSONv1 } from '../../src/bayes/index.js';

export function bayesAsVersion1(m: BayesModelJSON): BayesModelJSONv1 {
  const tokens = m.documents.tokens.map((list) => {
    const ids = decodeTokenList(list);
    if (typeof ids === 'string') throw new Error(`a damaged token list: ${ids}`);
    return ids.map((id, i) => (i === 0 ? id : id - (ids[i - 1] as number)));
  });
  // Keys in the order a version 1 export wrote them (the digest hashes the JSON text).
  const { format, totals, vocabulary, documents, fitted } = structuredClone(m);
  return { format, version: 1, totals, vocabulary, documents: { ids: documents.ids, labels: documents.labels, tokens }, ...(fitted === undefined ? {} : { fitted }) };
}
