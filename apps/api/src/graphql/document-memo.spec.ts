import { parse } from 'graphql';
import { memoByDocument, variablesKey } from './document-memo';

describe('memoByDocument', () => {
  it('works a document out once per key, and again for another key or another document', () => {
    const memo = memoByDocument<number>();
    const document = parse('{ topics { id } }');
    let computed = 0;
    const ask = (doc = document, key = '') => memo(doc, key, () => ++computed);
    expect([ask(), ask(), ask()]).toEqual([1, 1, 1]);
    expect(ask(document, 'other')).toBe(2);
    expect(ask(parse('{ topics { id } }'))).toBe(3);
    expect(computed).toBe(3);
  });

  it('keeps at most the given number of keys for one document, dropping the oldest', () => {
    const memo = memoByDocument<string>(2);
    const document = parse('query ($q: String!) { searchRegions(query: $q) { code } }');
    const computed: string[] = [];
    const ask = (key: string) => memo(document, key, () => (computed.push(key), key));
    ['a', 'b', 'c', 'b', 'a'].forEach(ask);
    // 'a' was dropped when 'c' came, so it is worked out again; 'b' was still kept.
    expect(computed).toEqual(['a', 'b', 'c', 'a']);
  });

  it('does not keep a key over 1,000 characters (a long form’s variables)', () => {
    const memo = memoByDocument<number>();
    const document = parse('mutation ($t: String!) { x(t: $t) }');
    let computed = 0;
    const key = variablesKey(null, { t: 'x'.repeat(1_000) });
    memo(document, key, () => ++computed);
    memo(document, key, () => ++computed);
    expect(computed).toBe(2);
  });

  it('gives the same key for the same operation and values, and different keys otherwise', () => {
    expect(variablesKey('A', { first: 10 })).toBe(variablesKey('A', { first: 10 }));
    expect(variablesKey('A', {})).toBe(variablesKey('A', undefined));
    expect(new Set([variablesKey('A', { first: 10 }), variablesKey('A', { first: 11 }), variablesKey('B', { first: 10 }), variablesKey(null, null)]).size).toBe(4);
  });
});
