import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { DateTime } from 'luxon';
import { isLocalDate, isLocalTime } from '@app/places';

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;
/** Instants outside this range are typing mistakes, and MySQL DATETIME cannot hold all of them. */
const EARLIEST = Date.UTC(2000, 0, 1);
const LATEST = Date.UTC(2200, 0, 1);

const invalid = (message: string): GraphQLError => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string' || value.length > 40 || !ISO_WITH_OFFSET.test(value)) {
    throw invalid('DateTime must be ISO-8601 with an offset, e.g. 2027-03-04T17:00:00Z');
  }
  const parsed = DateTime.fromISO(value, { setZone: true });
  if (!parsed.isValid) throw invalid('DateTime is not a real date and time (is the day in that month, the hour below 24?)');
  const ms = parsed.toMillis();
  if (ms < EARLIEST || ms >= LATEST) throw invalid('DateTime must be between the years 2000 and 2199');
  return parsed.toJSDate();
}

const literal = (ast: ValueNode): unknown => (ast.kind === Kind.STRING ? ast.value : undefined);

/** An instant: ISO-8601 with an offset in, UTC with milliseconds out. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant, ISO-8601 with an offset; returned in UTC, e.g. 2027-03-04T17:00:00.000Z.',
  serialize: (value) => {
    const date = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new GraphQLError('DateTime cannot represent an invalid date');
    return date.toISOString();
  },
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(literal(ast)),
});

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isLocalDate(value)) throw invalid('Date must be a calendar day YYYY-MM-DD');
  const year = Number(value.slice(0, 4));
  if (year < 2000 || year >= 2200) throw invalid('Date must be between the years 2000 and 2199');
  return value;
}

/** A calendar day in the branch's time zone. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar day YYYY-MM-DD, in the branch’s time zone.',
  serialize: (value) => String(value),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(literal(ast)),
});

function parseLocalTime(value: unknown): string {
  if (typeof value !== 'string' || !isLocalTime(value)) throw invalid('LocalTime must be HH:mm, from 00:00 to 23:59');
  return value;
}

export const LocalTimeScalar = new GraphQLScalarType<string, string>({
  name: 'LocalTime',
  description: "Wall-clock time HH:mm (00:00 to 23:59), in the branch's time zone.",
  serialize: (value) => String(value),
  parseValue: parseLocalTime,
  parseLiteral: (ast) => parseLocalTime(literal(ast)),
});
