import { isCalendarDate } from '@jangkau/shared-domain';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

function parse(value: unknown): string {
  if (!isCalendarDate(value)) {
    throw new GraphQLError(`Tanggal tidak valid: gunakan TTTT-BB-HH, misalnya 2025-03-31 (invalid date: use YYYY-MM-DD).`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/** `Date`: a calendar date without a time, YYYY-MM-DD (periods, SK dates); instants are `DateTime`. */
export const GraphQLDate = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: parse,
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
});
