import type { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, FragmentDefinitionNode, GraphQLError, Kind, SelectionSetNode } from 'graphql';
import { CommonError, CommonErrorCode } from '../common/errors/common.errors';
import { GraphqlContext } from './context';

export const MAX_QUERY_DEPTH = 10;
/** `children { children { children } }` from the 38 provinces would be the whole country: two levels at most. */
export const MAX_NESTED_CHILDREN = 2;
/** Top-level fields (aliases included) per request: a page needs a handful; 2,000 aliased searches is an attack. */
export const MAX_ROOT_FIELDS = 20;

/** The limit a document breaks, or null. */
export function brokenQueryLimit(document: DocumentNode): string | null {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const visit = (set: SelectionSetNode, depth: number, children: number, seen: Set<string>): string | null => {
    for (const selection of set.selections) {
      let broken: string | null = null;
      if (selection.kind === Kind.FIELD) {
        const nested = children + (selection.name.value === 'children' ? 1 : 0);
        if (nested > MAX_NESTED_CHILDREN) return `${MAX_NESTED_CHILDREN} × children`;
        if (depth > MAX_QUERY_DEPTH) return String(MAX_QUERY_DEPTH);
        if (selection.selectionSet) broken = visit(selection.selectionSet, depth + 1, nested, seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        broken = visit(selection.selectionSet, depth, children, seen);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment && !seen.has(fragment.name.value)) {
          broken = visit(fragment.selectionSet, depth, children, new Set([...seen, fragment.name.value]));
        }
      }
      if (broken) return broken;
    }
    return null;
  };
  const rootFields = (set: SelectionSetNode, seen: Set<string>): number =>
    set.selections.reduce((sum, selection) => {
      if (selection.kind === Kind.FIELD) return sum + 1;
      if (selection.kind === Kind.INLINE_FRAGMENT) return sum + rootFields(selection.selectionSet, seen);
      const fragment = fragments.get(selection.name.value);
      return fragment && !seen.has(fragment.name.value) ? sum + rootFields(fragment.selectionSet, new Set([...seen, fragment.name.value])) : sum;
    }, 0);
  let roots = 0;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      roots += rootFields(definition.selectionSet, new Set());
      const broken = visit(definition.selectionSet, 1, 0, new Set());
      if (broken) return broken;
    }
  }
  return roots > MAX_ROOT_FIELDS ? `${MAX_ROOT_FIELDS} top-level fields` : null;
}

/**
 * Refuses queries nested too deeply before they run: the region API is public, and one query must not be able to
 * ask for all 91,599 regions at once. The message is in the caller's language.
 */
export const queryLimitsPlugin: ApolloServerPlugin<GraphqlContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, contextValue }) {
        const limit = brokenQueryLimit(document);
        if (!limit) return;
        const error = new CommonError(CommonErrorCode.QUERY_TOO_LARGE, { limit });
        throw new GraphQLError(error.localize(contextValue.lang), { extensions: { code: error.kind, reason: error.code, http: { status: 400 } } });
      },
    };
  },
};
