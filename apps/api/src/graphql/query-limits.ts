import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { blockFieldSuggestionsDefaultOptions } from '@escape.tech/graphql-armor-block-field-suggestions';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import {
  defaultFieldResolver,
  DocumentNode,
  ExecutionArgs,
  FragmentDefinitionNode,
  GraphQLError,
  GraphQLOutputType,
  GraphQLSchema,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  SelectionSetNode,
  specifiedRules,
  validate,
  ValidationRule,
} from 'graphql';
import { CommonError, CommonErrorCode } from '../common/errors/common.errors';
import { Language, languageFromHeader } from '../common/i18n/language';
import { GraphqlContext } from './context';
import { memoByDocument, variablesKey } from './document-memo';
import { operationCost } from './query-cost';

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

export interface QueryLimitSettings {
  /** The most an operation may cost (query-cost.ts: about the number of values its answer holds). */
  maxCost: number;
  /** The answer is stopped once it grows past this many bytes (estimated while it is built). */
  maxResponseBytes: number;
  /** An operation still resolving fields after this long is stopped. */
  timeoutMs: number;
  /** Production: no "Did you mean …" in errors (they spell out the schema that introspection hides). */
  production: boolean;
}

/** `c0: children … c29: children`: the web app's heaviest operation uses far fewer (a test checks it). */
export const MAX_ALIASES = 30;
export const MAX_DIRECTIVES = 30;
/** Parsing stops here: the 50 × 50 alias bomb is ~15,000 tokens; the web app's largest document is far under. */
export const MAX_TOKENS = 3_000;

/** A limit's error before it knows the caller's language: carried as originalError, localized on the way out. */
class LimitRejection extends Error {
  constructor(readonly error: CommonError) {
    super(error.code);
  }
}

function limitError(error: CommonError, lang: Language): GraphQLError {
  return new GraphQLError(error.localize(lang), { extensions: { code: error.kind, reason: error.code, http: { status: 400 } } });
}

const rejectAs =
  (code: CommonErrorCode, params: Record<string, number>): GraphQLArmorRejectCallback =>
  (context) =>
    context?.reportError(new GraphQLError(code, { originalError: new LimitRejection(new CommonError(code, params)) }));

/** Graphql-armor's checks that need no variables: aliases and directives, before any field runs. */
function armorRules(): ValidationRule[] {
  return [
    maxAliasesRule({ n: MAX_ALIASES, propagateOnRejection: false, onReject: [rejectAs(CommonErrorCode.QUERY_TOO_MANY_ALIASES, { max: MAX_ALIASES })] }),
    maxDirectivesRule({ n: MAX_DIRECTIVES, propagateOnRejection: false, onReject: [rejectAs(CommonErrorCode.QUERY_TOO_LARGE, { limit: MAX_DIRECTIVES })] }),
  ];
}

/** graphql-js's own token limit aborts parsing with this message. */
// (graphql 16 spells it "more that N tokens".)
const TOO_MANY_TOKENS = /Document contains more tha[nt] \d+ tokens/;

/** The error a limit gives in the caller's language, or null when `error` is not a limit's. */
function localizedLimit(error: GraphQLError, lang: Language): GraphQLError | null {
  if (error.originalError instanceof LimitRejection) return limitError(error.originalError.error, lang);
  if (TOO_MANY_TOKENS.test(error.message)) return limitError(new CommonError(CommonErrorCode.QUERY_TOO_LARGE, { limit: `${MAX_TOKENS} token` }), lang);
  return null;
}

/** Every check that runs before execution: depth and `children` nesting, then the cost with the variables. */
function refusal(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | null | undefined,
  maxCost: number,
): CommonError | null {
  const limit = brokenQueryLimit(document);
  if (limit) return new CommonError(CommonErrorCode.QUERY_TOO_LARGE, { limit });
  const { cost } = operationCost(schema, document, variables ?? {}, operationName);
  if (cost > maxCost) return new CommonError(CommonErrorCode.QUERY_TOO_COSTLY, { cost: Math.round(cost), budget: maxCost });
  return null;
}

/** A rough JSON size of one resolved value: enough to see an answer grow past megabytes. */
function approximateBytes(key: string, value: unknown): number {
  const own = key.length + 4;
  if (typeof value === 'string') return own + value.length + 2;
  if (value === null || value === undefined) return own + 4;
  if (typeof value === 'object') return own + 2;
  return own + 8;
}

/**
 * The limits of every GraphQL operation, over HTTP and graphql-ws alike, anonymous ones included (they run before
 * the access guard):
 * - parsing stops at MAX_TOKENS; graphql-armor refuses more than MAX_ALIASES aliases and MAX_DIRECTIVES directives;
 * - before execution, the depth and `children` limits and the cost (query-cost.ts) with the real variables;
 * - while a query runs, its answer may not grow past `maxResponseBytes` nor run past `timeoutMs`: once over, every
 *   resolver still to run skips its work (no more database reads) and the answer is that one error, not a partial
 *   megabyte. A single database read already under way is not interrupted. Mutations are left to finish: their write is done, and hiding it would invite a retry.
 * Errors are in the caller's language with a stable `extensions.reason`.
 */
export function createQueryLimits(settings: QueryLimitSettings) {
  let schema: GraphQLSchema | undefined;
  const validationRules = armorRules();
  // The same document with the same variables costs the same: a dashboard refreshed by many is walked once.
  const checked = memoByDocument<CommonError | null>();

  const plugin: ApolloServerPlugin<GraphqlContext> = {
    async serverWillStart({ schema: started }) {
      // The graphql-ws server has no schema hook of its own: it checks subscriptions against this one.
      schema = started;
      stopWhenOverLimit(started);
    },
    async requestDidStart() {
      const run: RunState = { stopped: null, started: 0, bytes: 0, timeoutMs: settings.timeoutMs, maxResponseBytes: settings.maxResponseBytes };
      return {
        async didResolveOperation({ document, request, operationName, schema: current, contextValue }) {
          const refused = checked(document, variablesKey(operationName, request.variables), () => refusal(current, document, request.variables, operationName, settings.maxCost));
          if (refused) throw limitError(refused, contextValue.lang);
        },
        async executionDidStart({ operation, contextValue }) {
          if (operation?.operation !== 'query') return;
          // Measured field by field in the schema's own wrapper (stopWhenOverLimit), not through Apollo's
          // willResolveField: that hook makes Apollo wrap every field of every answer a second time.
          run.started = Date.now();
          Object.defineProperty(contextValue, RUN_STATE, { value: run });
        },
        async didEncounterErrors(context: GraphQLRequestContext<GraphqlContext>) {
          const lang = context.contextValue.lang;
          const errors = context.errors as GraphQLError[];
          for (const error of errors) {
            if (settings.production) Object.assign(error, { message: withoutSuggestion(error.message) });
            const localized = localizedLimit(error, lang);
            if (!localized) continue;
            // Apollo formats this same array: the limit's message and code replace graphql's English.
            Object.assign(error, { message: localized.message });
            Object.assign(error.extensions, localized.extensions);
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (!run.stopped || response.body.kind !== 'single') return;
          // One clear error instead of a half-built answer of placeholders.
          response.body.singleResult = { data: null, errors: [limitError(run.stopped, contextValue.lang).toJSON()] };
        },
      };
    },
  };

  /** graphql-ws: the same checks, as the subscription is set up (Apollo's plugins do not run there). */
  const onSubscribe = async (
    ctx: { connectionParams?: Record<string, unknown>; extra?: unknown },
    _id: string,
    payload: { query: string; variables?: Record<string, unknown> | null; operationName?: string | null },
  ): Promise<ExecutionArgs | readonly GraphQLError[]> => {
    const headers = (ctx.extra as { request?: { headers?: Record<string, unknown> } } | undefined)?.request?.headers;
    const header = ctx.connectionParams?.['accept-language'] ?? headers?.['accept-language'];
    const lang = languageFromHeader(typeof header === 'string' ? header : undefined);
    if (!schema) return [new GraphQLError('The server is starting; try again shortly.')];
    let document: DocumentNode;
    try {
      document = parse(payload.query, { maxTokens: MAX_TOKENS });
    } catch (error) {
      const graphqlError = error instanceof GraphQLError ? error : new GraphQLError(String(error));
      return [localizedLimit(graphqlError, lang) ?? graphqlError];
    }
    const errors = validate(schema, document, [...specifiedRules, ...validationRules]);
    if (errors.length) return errors.map((error) => localizedLimit(error, lang) ?? masked(error, settings.production));
    const refused = refusal(schema, document, payload.variables ?? undefined, payload.operationName, settings.maxCost);
    if (refused) return [limitError(refused, lang)];
    return { schema, document, variableValues: payload.variables ?? undefined, operationName: payload.operationName ?? undefined };
  };

  // graphql-armor's field-suggestion mask, in production only: developers keep "Did you mean …".
  const armor = new ApolloArmor({
    blockFieldSuggestion: { enabled: settings.production },
    costLimit: { enabled: false },
    maxAliases: { enabled: false },
    maxDepth: { enabled: false },
    maxDirectives: { enabled: false },
    maxTokens: { enabled: false },
  }).protect();

  return {
    plugins: [plugin, ...(armor.plugins as ApolloServerPlugin<GraphqlContext>[])],
    validationRules,
    parseOptions: { maxTokens: MAX_TOKENS },
    onSubscribe,
  };
}

/** What a running query knows about its own limits: set once one is passed. */
interface RunState {
  stopped: CommonError | null;
  /** Date.now() when execution began. */
  started: number;
  /** The answer's approximate size so far. */
  bytes: number;
  timeoutMs: number;
  maxResponseBytes: number;
}
const RUN_STATE = Symbol('jangkau.queryRun');
const WRAPPED = Symbol('jangkau.stopWhenOverLimit');

/**
 * Makes every resolver of the schema skip its work once its query is over a limit, answering a cheap placeholder
 * (null, [], '', 0, false, {}) that willSendResponse then discards for the one error. Why not throw: in graphql 16
 * an error on a non-null field propagates synchronously and abandons its sibling promises, and those that later
 * fail too become unhandled rejections, which end the Node process. A placeholder fails nothing.
 */
function stopWhenOverLimit(schema: GraphQLSchema): void {
  if ((schema as unknown as Record<symbol, boolean>)[WRAPPED]) return;
  Object.defineProperty(schema, WRAPPED, { value: true });
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        const run = (context as Record<symbol, RunState | undefined> | undefined)?.[RUN_STATE];
        if (!run) return resolve(source, args, context, info);
        if (!run.stopped && Date.now() - run.started > run.timeoutMs) {
          run.stopped = new CommonError(CommonErrorCode.QUERY_TIMEOUT, { seconds: run.timeoutMs / 1000 });
        }
        if (run.stopped) return placeholder(field.type);
        const result = resolve(source, args, context, info);
        const count = (value: unknown) => {
          run.bytes += approximateBytes(String(info.path.key), value);
          if (!run.stopped && run.bytes > run.maxResponseBytes) {
            run.stopped = new CommonError(CommonErrorCode.RESPONSE_TOO_LARGE, { megabytes: Math.round(run.maxResponseBytes / 1024 / 1024) });
          }
        };
        if (isPromiseLike(result)) {
          return Promise.resolve(result).then((value) => {
            count(value);
            return value;
          });
        }
        count(result);
        return result;
      };
    }
  }
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

function placeholder(type: GraphQLOutputType): unknown {
  if (!isNonNullType(type)) return null;
  const inner = type.ofType;
  if (isListType(inner)) return [];
  if (isEnumType(inner)) return inner.getValues()[0]?.value;
  if (isObjectType(inner)) return {};
  switch (inner.name) {
    case 'Int':
    case 'Float':
      return 0;
    case 'Boolean':
      return false;
    case 'DateTime':
      return new Date(0);
    case 'Date':
      return '1970-01-01';
    default:
      return '';
  }
}

/**
 * graphql-armor's mask, question mark included: its Apollo plugin leaves "[Suggestion hidden]?" behind, so this
 * runs first on HTTP errors, and alone on graphql-ws validation errors (where Apollo's plugins do not run).
 */
function withoutSuggestion(message: string): string {
  return message.replace(/ ?Did you mean .+\?$/, ` ${blockFieldSuggestionsDefaultOptions.mask}`);
}

function masked(error: GraphQLError, production: boolean): GraphQLError {
  return production ? new GraphQLError(withoutSuggestion(error.message), { nodes: error.nodes }) : error;
}
