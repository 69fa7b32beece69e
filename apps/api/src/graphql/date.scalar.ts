import { isCalendarDate, group } from '@jangkau/shared-domain';
import { GraphQLError, GraphQLScalarType, Kind, ValueNode } from 'graphql';
import { CommonError, CommonErrorCode } from '../common/errors/common.errors';

/**
 * A scalar knows nothing of the caller, so its refusal is written in Bahasa Indonesia and carries its `reason`;
 * the input-guard plugin rewrites it in the caller's language before the answer leaves (localizeEdgeErrors).
 */
function refuse(code: CommonErrorCode.DATE_INVALID | CommonErrorCode.DATETIME_INVALID): never {
  const error = new CommonError(code);
  throw new GraphQLError(error.localize('id'), { extensions: { code: error.kind, reason: error.code } });
}

function parseDate(value: unknown): string {
  if (!isCalendarDate(value)) refuse(CommonErrorCode.DATE_INVALID);
  return value;
}

/** `Date`: a calendar date without a time, YYYY-MM-DD (periods, SK dates); instants are `DateTime`. */
export const GraphQLDate = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

// ISO 8601 / RFC 3339 as clients send it: a date, a time to the second or finer, and Z or an offset.
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/i;

/**
 * The instant an ISO 8601 string names, or null when it names none. `new Date()` alone is too lenient: it takes
 * "abc" (Invalid Date, which once reached SQL as "0NaN-NaN-…"), "2025-02-30" (rolled into March) and "1e400".
 */
export function parseInstant(value: unknown): Date | null {
  if (typeof value !== 'string' || value.length > 40) return null;
  const match = DATE_TIME.exec(value);
  if (!match) return null;
  const [day, hours, minutes] = [group(match, 1), group(match, 2), group(match, 3)];
  const [, , , , seconds = '0', , offsetHours = '0', offsetMinutes = '0'] = match;
  if (!isCalendarDate(day) || +hours > 23 || +minutes > 59 || +seconds > 59 || +offsetHours > 14 || +offsetMinutes > 59) return null;
  // PostgreSQL's range is wider, but no activity or audit entry lies outside these years.
  const year = +day.slice(0, 4);
  if (year < 1900 || year > 9999) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function parseDateTime(value: unknown): Date {
  return parseInstant(value) ?? refuse(CommonErrorCode.DATETIME_INVALID);
}

/**
 * `DateTime`: replaces Nest's GraphQLISODateTime (same name and description, so the schema does not change),
 * which parsed with `new Date(value)` and let Invalid Date through.
 */
export const GraphQLDateTime = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format.',
  // As Nest's: resolvers hand out Date objects (pg reads timestamptz as Date).
  serialize: (value) => (value instanceof Date ? value.toISOString() : (null as unknown as string)),
  parseValue: parseDateTime,
  parseLiteral: (ast: ValueNode) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

/** How TypeScript's `Date` maps to GraphQL: the strict DateTime above (for GraphQLModule and the schema printer). */
export const SCALARS_MAP = [{ type: Date, scalar: GraphQLDateTime }];
