/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AboutPage {\n    regionDataVersion {\n      source\n      version\n      loadedAt\n      total\n    }\n  }\n": typeof types.AboutPageDocument,
    "\n  query IndonesiaPage {\n    nationalRegionCounts {\n      provinsi\n      ...RegionCountsFields\n    }\n    provinces {\n      ...RegionSummary\n    }\n  }\n": typeof types.IndonesiaPageDocument,
    "\n  fragment RegionCountsFields on RegionCounts {\n    kabupaten\n    kota\n    kecamatan\n    desa\n    kelurahan\n    desaAdat\n    villages\n  }\n": typeof types.RegionCountsFieldsFragmentDoc,
    "\n  fragment RegionSummary on Region {\n    code\n    name\n    level\n    villageCount\n    counts {\n      ...RegionCountsFields\n    }\n  }\n": typeof types.RegionSummaryFragmentDoc,
    "\n  query RegionPage($code: ID!) {\n    region(code: $code) {\n      ...RegionSummary\n      ancestors {\n        code\n        name\n        level\n      }\n      children {\n        ...RegionSummary\n      }\n    }\n  }\n": typeof types.RegionPageDocument,
    "\n  query SearchRegions($query: String!, $first: Int) {\n    searchRegions(query: $query, first: $first) {\n      code\n      name\n      level\n      path\n    }\n  }\n": typeof types.SearchRegionsDocument,
};
const documents: Documents = {
    "\n  query AboutPage {\n    regionDataVersion {\n      source\n      version\n      loadedAt\n      total\n    }\n  }\n": types.AboutPageDocument,
    "\n  query IndonesiaPage {\n    nationalRegionCounts {\n      provinsi\n      ...RegionCountsFields\n    }\n    provinces {\n      ...RegionSummary\n    }\n  }\n": types.IndonesiaPageDocument,
    "\n  fragment RegionCountsFields on RegionCounts {\n    kabupaten\n    kota\n    kecamatan\n    desa\n    kelurahan\n    desaAdat\n    villages\n  }\n": types.RegionCountsFieldsFragmentDoc,
    "\n  fragment RegionSummary on Region {\n    code\n    name\n    level\n    villageCount\n    counts {\n      ...RegionCountsFields\n    }\n  }\n": types.RegionSummaryFragmentDoc,
    "\n  query RegionPage($code: ID!) {\n    region(code: $code) {\n      ...RegionSummary\n      ancestors {\n        code\n        name\n        level\n      }\n      children {\n        ...RegionSummary\n      }\n    }\n  }\n": types.RegionPageDocument,
    "\n  query SearchRegions($query: String!, $first: Int) {\n    searchRegions(query: $query, first: $first) {\n      code\n      name\n      level\n      path\n    }\n  }\n": types.SearchRegionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AboutPage {\n    regionDataVersion {\n      source\n      version\n      loadedAt\n      total\n    }\n  }\n"): (typeof documents)["\n  query AboutPage {\n    regionDataVersion {\n      source\n      version\n      loadedAt\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndonesiaPage {\n    nationalRegionCounts {\n      provinsi\n      ...RegionCountsFields\n    }\n    provinces {\n      ...RegionSummary\n    }\n  }\n"): (typeof documents)["\n  query IndonesiaPage {\n    nationalRegionCounts {\n      provinsi\n      ...RegionCountsFields\n    }\n    provinces {\n      ...RegionSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegionCountsFields on RegionCounts {\n    kabupaten\n    kota\n    kecamatan\n    desa\n    kelurahan\n    desaAdat\n    villages\n  }\n"): (typeof documents)["\n  fragment RegionCountsFields on RegionCounts {\n    kabupaten\n    kota\n    kecamatan\n    desa\n    kelurahan\n    desaAdat\n    villages\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegionSummary on Region {\n    code\n    name\n    level\n    villageCount\n    counts {\n      ...RegionCountsFields\n    }\n  }\n"): (typeof documents)["\n  fragment RegionSummary on Region {\n    code\n    name\n    level\n    villageCount\n    counts {\n      ...RegionCountsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionPage($code: ID!) {\n    region(code: $code) {\n      ...RegionSummary\n      ancestors {\n        code\n        name\n        level\n      }\n      children {\n        ...RegionSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegionPage($code: ID!) {\n    region(code: $code) {\n      ...RegionSummary\n      ancestors {\n        code\n        name\n        level\n      }\n      children {\n        ...RegionSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchRegions($query: String!, $first: Int) {\n    searchRegions(query: $query, first: $first) {\n      code\n      name\n      level\n      path\n    }\n  }\n"): (typeof documents)["\n  query SearchRegions($query: String!, $first: Int) {\n    searchRegions(query: $query, first: $first) {\n      code\n      name\n      level\n      path\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;