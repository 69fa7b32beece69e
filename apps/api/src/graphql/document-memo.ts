import type { DocumentNode } from 'graphql';

/** A key this long (a long form's variables) is worked out every time instead of kept. */
const MAX_KEY_LENGTH = 1_000;

/**
 * Results worked out from a parsed document, kept beside it. Apollo keeps one DocumentNode per query text (its
 * document store), so a dashboard asked 1,000 times a second is walked once, not 1,000 times; a document Apollo lets
 * go takes its results with it (WeakMap). `key` tells apart what else the result depends on (the operation name,
 * the variables); at most `perDocument` keys are kept for one document, the oldest dropped first, so variables that
 * change on every request cannot grow it.
 */
export function memoByDocument<T>(perDocument = 32): (document: DocumentNode, key: string, compute: () => T) => T {
  const kept = new WeakMap<DocumentNode, Map<string, T>>();
  return (document, key, compute) => {
    if (key.length > MAX_KEY_LENGTH) return compute();
    let results = kept.get(document);
    if (!results) kept.set(document, (results = new Map()));
    if (results.has(key)) return results.get(key) as T;
    const result = compute();
    if (results.size >= perDocument) {
      const oldest = results.keys().next();
      if (!oldest.done) results.delete(oldest.value);
    }
    results.set(key, result);
    return result;
  };
}

/** A memo key for an operation and its variables (the same values give the same text). */
export function variablesKey(operationName: string | null | undefined, variables: Record<string, unknown> | null | undefined): string {
  return `${operationName ?? ''}\u0000${variables && Object.keys(variables).length ? JSON.stringify(variables) : ''}`;
}
