import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  GraphQLField,
  GraphQLSchema,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  SelectionSetNode,
  GraphQLCompositeType,
} from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';

/**
 * How many items a list without a `first` argument realistically holds, by `Type.field`. The cost of an operation
 * is an estimate of how many values its answer holds, so these are what a real answer has, not the worst case:
 * the response-size cap and the time limit catch an answer that outgrows its estimate while it runs.
 */
export const LIST_SIZES: Record<string, number> = {
  'Query.provinces': 38,
  // A province has up to 38 kabupaten/kota, a kabupaten up to ~50 kecamatan; a kecamatan has 11 villages on
  // average (a few over 100). 50 is the realistic upper size.
  'Region.children': 50,
  'Region.ancestors': 3,
  'Coverage.children': 50,
  // The map asks for every village of a kabupaten (~160 on average) or a province (~2,200 on average).
  'Query.coverageVillages': 2_500,
  'Query.searchRegions': 10,
  // A working area kept on a phone: a kabupaten (~400 regions) to a province (~2,500 on average).
  'OfflineRegionSet.regions': 2_500,
  'Query.activityCalendar': 200,
  'Query.programmeFrameworks': 10,
  'ProgrammeFramework.items': 40,
  'Report.rows': 100,
  'Dashboard.monthly': 24,
  'Query.topics': 30,
  'Query.savedReports': 50,
  'Query.standardReports': 20,
  'Query.boundarySets': 10,
};

/** Any other list: a handful of villages, topics, co-organisers or evidence files. */
export const DEFAULT_LIST_SIZE = 10;

export interface OperationCost {
  cost: number;
  /** Aliased fields counted through fragments: `c0: children … c49: children` counts 50. */
  aliases: number;
}

/**
 * Estimates how many values an operation's answer holds before it runs: every field counts 1, and a list field
 * multiplies its selection by its size: `first` (given, from a variable, or its default, also inside an input such
 * as `filter: { first }`), else LIST_SIZES, else DEFAULT_LIST_SIZE. A page object (`activities(first: 20) { nodes }`)
 * passes its `first` to the lists inside it. Aliases count as many times as they are written, which is what stops
 * `{ provinces { c0: children { d0: children … } … } }`.
 *
 * Runs on a validated document (fragment cycles are already refused); fragment costs are memoized per page size so
 * a fragment spread many times is walked once.
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string | null): OperationCost {
  const operation = getOperationAST(document, operationName ?? undefined);
  if (!operation) return { cost: 0, aliases: 0 };
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  // Bad variables fail execution anyway; their defaults (or the table) size the lists meanwhile.
  const variableValues = coerced.coerced ?? {};
  const memo = new Map<string, OperationCost>();

  const listSize = (parent: GraphQLCompositeType, field: GraphQLField<unknown, unknown>, node: FieldNode, pageSize: number | null): number => {
    const first = firstArgument(field, node, variableValues);
    if (first !== null) return first;
    if (pageSize !== null) return pageSize;
    return LIST_SIZES[`${parent.name}.${field.name}`] ?? DEFAULT_LIST_SIZE;
  };

  const selectionCost = (type: GraphQLCompositeType, set: SelectionSetNode, pageSize: number | null): OperationCost => {
    const total: OperationCost = { cost: 0, aliases: 0 };
    const add = (part: OperationCost, times = 1) => {
      total.cost += part.cost * times;
      total.aliases += part.aliases;
    };
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const aliases = selection.alias ? 1 : 0;
        // Introspection (off in production) and __typename: one value each.
        if (selection.name.value.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) {
          add({ cost: 1, aliases });
          continue;
        }
        const field = type.getFields()[selection.name.value];
        if (!field) continue;
        const named = getNamedType(field.type);
        if (!selection.selectionSet || !isCompositeType(named)) {
          add({ cost: 1, aliases });
          continue;
        }
        const isList = isListType(getNullableType(field.type));
        const size = isList ? listSize(type, field, selection, pageSize) : 1;
        // A page object (not a list) with a `first`: its lists hold that many.
        const innerPage = isList ? null : firstArgument(field, selection, variableValues);
        const inner = selectionCost(named, selection.selectionSet, innerPage);
        add({ cost: 1, aliases });
        add(inner, size);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        add(selectionCost(isCompositeType(condition) ? condition : type, selection.selectionSet, pageSize));
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment) continue;
        const key = `${fragment.name.value}@${pageSize ?? ''}`;
        let part = memo.get(key);
        if (!part) {
          const condition = schema.getType(fragment.typeCondition.name.value);
          part = selectionCost(isCompositeType(condition) ? condition : type, fragment.selectionSet, pageSize);
          memo.set(key, part);
        }
        add(part);
      }
    }
    return total;
  };

  const root = schema.getRootType(operation.operation);
  if (!root) return { cost: 0, aliases: 0 };
  return selectionCost(root, operation.selectionSet, null);
}

/** `first` as the field will see it: its argument, or `first` inside an input argument (`filter: { first }`). */
function firstArgument(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): number | null {
  if (!field.args.length) return null;
  let args: Record<string, unknown>;
  try {
    args = getArgumentValues(field, node, variables);
  } catch {
    return null;
  }
  const read = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null);
  const direct = read(args.first);
  if (direct !== null) return direct;
  for (const value of Object.values(args)) {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const nested = read((value as Record<string, unknown>).first);
      if (nested !== null) return nested;
    }
  }
  return null;
}
