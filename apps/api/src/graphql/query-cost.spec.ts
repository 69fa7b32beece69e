import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, getNamedType, getNullableType, isListType, isObjectType, parse, print, validate } from 'graphql';
import { webOperations as readWebOperations } from '../../test/web-operations';
import { loadConfig } from '../config/env';
import { DEFAULT_LIST_SIZE, LIST_SIZES, operationCost } from './query-cost';
import { MAX_ALIASES, MAX_TOKENS } from './query-limits';

const schema = buildSchema(readFileSync(join(__dirname, '../../schema.gql'), 'utf8'));
const budget = loadConfig({}).graphql.maxCost;

/** Every operation the web app sends: the generated documents, fragments included. */
const webOperations = [...readWebOperations()];

const costOf = (query: string, variables?: Record<string, unknown>) => operationCost(schema, parse(query), variables).cost;
const aliasBomb = (outer: number, inner: number) =>
  `{ provinces { ${Array.from({ length: outer }, (_, i) => `c${i}: children { ${Array.from({ length: inner }, (_, j) => `d${j}: children { code }`).join(' ')} }`).join(' ')} } }`;

describe('the cost of an operation', () => {
  it('finds the web app’s operations', () => {
    expect(webOperations.length).toBeGreaterThan(60);
    for (const [, document] of webOperations) expect(validate(schema, document)).toEqual([]);
  });

  it('fits every real web operation in half the budget, with room for aliases and tokens', () => {
    const costs = webOperations.map(([name, document]) => ({ name, ...operationCost(schema, document) }));
    const heaviest = costs.reduce((a, b) => (b.cost > a.cost ? b : a));
    // Printed for the budget's review: the figure README quotes.
    console.info(`heaviest web operation: ${heaviest.name}, cost ${heaviest.cost} of ${budget}`);
    expect(costs.filter((c) => c.cost > budget / 2)).toEqual([]);
    expect(costs.filter((c) => c.aliases > MAX_ALIASES / 2)).toEqual([]);
    // graphql-js stops parsing past maxTokens: every real document parses within half the limit.
    for (const [, document] of webOperations) expect(() => parse(print(document), { maxTokens: MAX_TOKENS / 2 })).not.toThrow();
  });

  it('multiplies a list by its first, from a literal, a variable, a default or an input', () => {
    expect(costOf(`{ searchRegions(query: "a", first: 50) { code } }`)).toBe(1 + 50);
    expect(costOf(`query ($n: Int) { searchRegions(query: "a", first: $n) { code name } }`, { n: 40 })).toBe(1 + 40 * 2);
    expect(costOf(`{ users { id } }`)).toBe(1 + 100);
    expect(costOf(`{ agencies(filter: { first: 7 }) { id } }`)).toBe(1 + 7);
    // A page passes its first to the list inside it.
    expect(costOf(`{ activities(first: 5) { nodes { id title } pageInfo { hasNextPage } } }`)).toBe(1 + 1 + 5 * 2 + 1 + 1);
  });

  it('weighs lists without a first by their realistic size', () => {
    expect(costOf(`{ provinces { code children { code } } }`)).toBe(1 + 38 * (1 + 1 + 50));
    expect(costOf(`{ topics { id } }`)).toBe(1 + (LIST_SIZES['Query.topics'] ?? NaN));
    expect(costOf(`{ activity(id: "x") { topics { id } } }`)).toBe(1 + 1 + DEFAULT_LIST_SIZE);
  });

  it('names only real list fields in its table of sizes', () => {
    for (const key of Object.keys(LIST_SIZES)) {
      const [type = '', field = ''] = key.split('.');
      const parent = schema.getType(type);
      const fieldType = isObjectType(parent) ? parent.getFields()[field]?.type : undefined;
      expect(fieldType !== undefined && isListType(getNullableType(fieldType)) && getNamedType(fieldType)).toBeTruthy();
    }
  });

  it('counts every alias: the bombs of the attack report cost millions', () => {
    expect(costOf(aliasBomb(50, 50))).toBeGreaterThan(1_000_000);
    expect(costOf(`{ provinces { ${Array.from({ length: 1000 }, (_, i) => `c${i}: children { code }`).join(' ')} } }`)).toBeGreaterThan(budget);
    expect(costOf(`{ searchRegions(query: "a", first: 50) { ${Array.from({ length: 1000 }, (_, i) => `p${i}: parent { code }`).join(' ')} } }`)).toBeGreaterThan(budget);
  });
});
