import type { ApolloServerPlugin } from '@apollo/server';
import {
  DocumentNode,
  GraphQLError,
  GraphQLInputType,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  OperationDefinitionNode,
  typeFromAST,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { CommonError, CommonErrorCode } from '../common/errors/common.errors';
import { DEFAULT_LANGUAGE, Language } from '../common/i18n/language';
import { GraphqlContext } from './context';
import { memoByDocument } from './document-memo';

/**
 * Above every field's own limit (an activity description: 5,000), so a field's specific message still applies;
 * anything longer is refused before a resolver, a hash or a SQL statement sees it.
 */
export const MAX_TEXT_LENGTH = 10_000;
/** UUIDs (36), region codes (13), audit ids: an ID is short and plain. */
const ID_SHAPE = /^[A-Za-z0-9._:-]{1,64}$/;
// NUL cannot be stored in PostgreSQL text at all; the other C0 controls (tab, line feeds aside) have no business in a form.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
// Half a surrogate pair (JSON's "\ud800"): not text at all, and PostgreSQL would store U+FFFD instead, so the
// value read back differs from the value sent (a sign-in throttle key once failed to match itself).
const BROKEN_UNICODE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why one value cannot be accepted, or null. `id`: the value is of type ID. */
export function refusedText(value: string, id = false): { code: CommonErrorCode; params?: Record<string, number> } | null {
  if (CONTROL.test(value) || BROKEN_UNICODE.test(value)) return { code: CommonErrorCode.TEXT_INVALID };
  if (value.length > MAX_TEXT_LENGTH) return { code: CommonErrorCode.TEXT_TOO_LONG, params: { max: MAX_TEXT_LENGTH } };
  if (id && !ID_SHAPE.test(value)) return { code: CommonErrorCode.ID_INVALID };
  return null;
}

interface Refusal {
  code: CommonErrorCode;
  params?: Record<string, number>;
  at: string;
}

/** Walks a variable's value along its declared type (so ID values are known); strings off the type are still checked. */
function checkValue(value: unknown, type: GraphQLInputType | undefined, at: string): Refusal | null {
  if (isNonNullType(type)) return checkValue(value, type.ofType, at);
  if (typeof value === 'string') {
    const refused = refusedText(value, isScalarType(type) && type.name === 'ID');
    return refused ? { ...refused, at } : null;
  }
  if (Array.isArray(value)) {
    const item = isListType(type) ? (type.ofType as GraphQLInputType) : undefined;
    for (const [index, element] of value.entries()) {
      const refused = checkValue(element, item, `${at}[${index}]`);
      if (refused) return refused;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    const fields = isInputObjectType(type) ? type.getFields() : {};
    for (const [key, element] of Object.entries(value)) {
      const refused = checkValue(element, fields[key]?.type, `${at}.${key}`) ?? (key.length > 100 ? { code: CommonErrorCode.TEXT_TOO_LONG, params: { max: 100 }, at } : null);
      if (refused) return refused;
    }
  }
  return null;
}

/** The first value of the operation (its variables and the strings written in the document) that is refused. */
export function refusedInput(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined): Refusal | null {
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type as never) as GraphQLInputType | undefined;
    const refused = checkValue(variables?.[name], type, name);
    if (refused) return refused;
  }
  for (const [name, value] of Object.entries(variables ?? {})) {
    if (!operation.variableDefinitions?.some((d) => d.variable.name.value === name)) {
      const refused = checkValue(value, undefined, name);
      if (refused) return refused;
    }
  }
  return refusedLiteral(document, '', () => firstRefusedLiteral(schema, document));
}

/** The strings written in a document do not change between requests: each document is walked once. */
const refusedLiteral = memoByDocument<Refusal | null>(1);

function firstRefusedLiteral(schema: GraphQLSchema, document: DocumentNode): Refusal | null {
  let found: Refusal | null = null;
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      StringValue(node) {
        if (found) return;
        const type = typeInfo.getInputType();
        const named = isNonNullType(type) ? type.ofType : type;
        const refused = refusedText(node.value, isScalarType(named) && named.name === 'ID');
        const argument = typeInfo.getArgument()?.name;
        if (refused) found = { ...refused, at: argument ?? 'query' };
      },
    }),
  );
  return found;
}

/** Reasons whose messages the scalars wrote without knowing the caller: rewritten in the caller's language. */
const EDGE_REASONS = new Set<string>([CommonErrorCode.DATE_INVALID, CommonErrorCode.DATETIME_INVALID]);

/**
 * The `field` forms show a message beside, as the domain errors name it: the input field without the variable
 * ("input.startsAt" → "startsAt", "i.participants[0].male" → "participants[0].male"), or the argument itself.
 */
export function fieldOf(path: string): string {
  const dot = path.indexOf('.');
  return dot < 0 ? path.replace(/\[\d+\]$/, '') : path.slice(dot + 1);
}

function edgeError(language: Language, refusal: { code: CommonErrorCode; params?: Record<string, number>; at?: string }, status = 400): GraphQLError {
  const error = new CommonError(refusal.code, { ...refusal.params, ...(refusal.at ? { at: refusal.at } : {}) });
  return new GraphQLError(error.localize(language), {
    extensions: { code: error.kind, reason: error.code, ...(refusal.at ? { field: fieldOf(refusal.at) } : {}), http: { status } },
  });
}

/**
 * Every GraphQL request passes here before any resolver: subscriptions over HTTP are refused (they belong on the
 * WebSocket), and every string is checked once for NUL and other control characters, length, and ID shape. A
 * check here rather than in each resolver: the attack that found NUL bytes in search, login, audit filters and
 * createActivity would find the next field someone adds.
 *
 * On the way out, errors are made safe: a scalar's refusal is put into the caller's language, and anything
 * INTERNAL that did not pass through AppExceptionFilter (Apollo's own failures, a crash in a plugin) loses its
 * JavaScript text.
 */
export const inputGuardPlugin: ApolloServerPlugin<GraphqlContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, operation, request, contextValue }) {
        const language = contextValue?.lang ?? DEFAULT_LANGUAGE;
        if (!operation) return;
        if (operation.operation === 'subscription') throw edgeError(language, { code: CommonErrorCode.SUBSCRIPTION_OVER_HTTP });
        const refused = refusedInput(schema, document, operation, request.variables);
        if (refused) throw edgeError(language, refused);
      },
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
        const language = contextValue?.lang ?? DEFAULT_LANGUAGE;
        response.body.singleResult.errors = response.body.singleResult.errors.map((error) => {
          const { code, reason } = error.extensions ?? {};
          if (typeof reason === 'string' && EDGE_REASONS.has(reason)) {
            // graphql-js names where a variable's value failed: `Variable "$input" got invalid value "" at "input.startsAt"; …`.
            const at = /^Variable "\$(\w+)" got invalid value .*? at "([^"]+)";/s.exec(error.message)?.[2] ?? /^Variable "\$(\w+)"/.exec(error.message)?.[1];
            const message = new CommonError(reason as CommonErrorCode, at ? { at } : {}).localize(language);
            return { ...error, message, extensions: { ...error.extensions, ...(at ? { field: fieldOf(at) } : {}) } };
          }
          if (code === 'INTERNAL_SERVER_ERROR' && reason !== CommonErrorCode.INTERNAL) {
            const internal = new CommonError(CommonErrorCode.INTERNAL);
            return { message: internal.localize(language), locations: error.locations, path: error.path, extensions: { code: internal.kind, reason: internal.code } };
          }
          return error;
        });
      },
    };
  },
};
