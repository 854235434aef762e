import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLInputType,
} from 'graphql';
import { randomUUID } from 'node:crypto';

/**
 * The bad-input sweeps' catalogue of malformed values, by the type of the slot they go into, and
 * the walk that finds every slot (argument, input field, list element) of a field's arguments.
 */

/**
 * Codes a refusal may carry: the contract's (its header lists them) but INTERNAL. RATE_LIMITED is
 * left out on purpose: limits are off in tests, so it would be a bug here.
 */
export const CONTRACT_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CONFLICT',
  'INVALID_STATE',
  'ALREADY_REGISTERED',
  'REGISTRATION_CLOSED',
]);

/** A stack trace or a driver's detail in a response body (as raw JSON text: line breaks are `\n`). */
export const LEAK = /stacktrace|(?:\n|\\n) +at |node_modules|\.[cm]?[jt]s:\d+|QueryFailedError|\bER_[A-Z_]+|sqlMessage/;

// ---------------------------------------------------------------------------------------------
// The catalogue of bad values, by the type of the slot they go into.

export type Case = [label: string, value: unknown];

export const NUL = 'a NUL character';
export const BEL = 'a BEL character';
export const HUGE = 'a 100,000-character string';

/** For String slots: what a client might send where text is expected. */
export const TEXT: Case[] = [
  ['a number for a string', 42],
  ['an object for a scalar', { a: 1 }],
  ['a list for a scalar', ['x']],
  ['explicit null', null],
  ['an empty string', ''],
  [HUGE, 'x'.repeat(100_000)],
  [NUL, 'a\u0000b'],
  [BEL, 'a\u0007b'],
  ['a right-to-left override', '\u202eevil'],
  ['other scripts and emoji', 'Łódź 東京 مرحبا 🎉👩‍👩‍👧'],
  ['whitespace only', ' \t\n '],
  ['an impossible date', '2026-02-30T10:00:00Z'],
  ['"yesterday"', 'yesterday'],
  ['a bare time', '10:00'],
  ['an unknown time zone', 'Mars/Olympus'],
  ['an out-of-range offset', 'UTC+25'],
  ['an unknown id', randomUUID()],
  ['an id with SQL', '1; DROP TABLE user'],
  ['a path', '../../etc'],
  ['an SQL fragment', "' OR 1=1 --"],
  ['HTML', '<script>alert(1)</script>'],
];

export const pick = (...labels: string[]): Case[] => TEXT.filter(([l]) => labels.includes(l));
export const MISMATCHES = ['a number for a string', 'an object for a scalar', 'a list for a scalar', 'explicit null'];

/**
 * For ID slots: to a parser of ids, any text that is not one is the same; what differs is the
 * empty, the huge, the control characters, an unknown id and the injections.
 */
export const IDS: Case[] = pick(
  ...MISMATCHES,
  'an empty string',
  HUGE,
  NUL,
  'whitespace only',
  'an unknown id',
  'an id with SQL',
  'a path',
  'an SQL fragment',
  'HTML',
);

/** For the time scalars: the invalid dates and times, and the right shape with impossible or out-of-range content. */
export const NOT_A_TIME: Case[] = pick(
  ...MISMATCHES,
  'an empty string',
  HUGE,
  NUL,
  'other scripts and emoji',
  'whitespace only',
  'an impossible date',
  '"yesterday"',
  'a bare time',
  'an SQL fragment',
);
export const TIMES: Record<string, Case[]> = {
  DateTime: [
    ...NOT_A_TIME,
    ['the epoch', '1970-01-01T00:00:00Z'],
    ['the year 9999', '9999-12-31T23:59:59Z'],
    ['no offset', '2030-01-01T10:00:00'],
  ],
  Date: [...NOT_A_TIME, ['February 30th', '2030-02-30'], ['the year 0', '0000-01-01'], ['a date-time', '2030-01-01T00:00:00Z']],
  LocalTime: [...NOT_A_TIME, ['24:00', '24:00'], ['25:61', '25:61'], ['seconds', '10:00:00']],
};

export const NUMBER: Case[] = [
  ['a string for a number', '12'],
  ['a NaN-like string', 'NaN'],
  ['an Infinity-like string', 'Infinity'],
  ['an object for a scalar', { a: 1 }],
  ['explicit null', null],
  ['negative', -1],
  ['zero', 0],
  ['a fraction', 1.5],
  ['2**53', 2 ** 53],
  ['-(2**53)', -(2 ** 53)],
  ['1e308', 1e308],
];

export const BOOLEAN: Case[] = [
  ['a string for a boolean', 'true'],
  ['a number for a boolean', 1],
  ['an object for a scalar', { a: 1 }],
  ['explicit null', null],
];

export const ENUM: Case[] = [
  ['an unknown enum value', 'NOT_A_VALUE'],
  ['a lower-case enum value', 'lowercase'],
  ['an empty string', ''],
  ['a number for an enum', 42],
  ['an object for an enum', { a: 1 }],
  ['explicit null', null],
];

export const OBJECT: Case[] = [
  ['a string for an object', 'x'],
  ['a number for an object', 42],
  ['a list for an object', [{}]],
  ['an empty object', {}],
  ['an unknown field', { notAField: 1 }],
  ['explicit null', null],
];

/** A list-typed slot as a whole; its first element gets the element type's values. */
export const MANY = Symbol('1,000 copies of the first element');
/** Past every list's bound, and past the 50 errors after which GraphQL's coercion gives up. */
export const MANY_MORE = Symbol('10,000 copies of the first element');
export const MANY_INVALID = Symbol('10,000 invalid items');
export const LIST: Case[] = [
  ['an object for a list', { a: 1 }],
  ['explicit null', null],
  ['an empty list', []],
  ['a 1,000-element list', MANY],
  ['a 10,000-element list', MANY_MORE],
  ['10,000 invalid items', MANY_INVALID],
];

export function casesFor(type: GraphQLInputType, element: boolean): Case[] {
  const bare = isNonNullType(type) ? type.ofType : type;
  if (isListType(bare)) return LIST;
  const named = getNamedType(bare);
  // An element of a list of objects cannot be given an unknown field apart from the list: the element's fields are swept instead.
  if (isInputObjectType(named)) return element ? OBJECT.filter(([l]) => l !== 'an unknown field') : OBJECT;
  if (isEnumType(named)) return ENUM;
  if (named.name === 'Int' || named.name === 'Float') return NUMBER;
  if (named.name === 'Boolean') return BOOLEAN;
  if (named.name === 'ID') return IDS;
  return TIMES[named.name] ?? TEXT;
}

/**
 * What no slot may accept: every text has a maximum length, and control characters (tab and line
 * breaks aside) are refused everywhere but in passwords, which may hold any character.
 */
export const neverAccepted = (path: Path, what: string): boolean =>
  what === HUGE || ((what === NUL || what === BEL) && !/password/i.test(String(path[path.length - 1])));

// ---------------------------------------------------------------------------------------------
// Walking the schema: every slot (argument, input field, list element) of a mutation.

export type Path = Array<string | number>;
export type Vars = Record<string, unknown>;

export interface Slot {
  path: Path;
  type: GraphQLInputType;
  element: boolean;
}

export function slotsOf(field: { args: readonly GraphQLArgument[] }): Slot[] {
  const slots: Slot[] = [];
  const walk = (path: Path, type: GraphQLInputType, element: boolean): void => {
    slots.push({ path, type, element });
    const bare = isNonNullType(type) ? type.ofType : type;
    if (isListType(bare)) walk([...path, 0], bare.ofType as GraphQLInputType, true);
    else if (isInputObjectType(bare)) for (const f of Object.values(bare.getFields())) walk([...path, f.name], f.type, false);
  };
  for (const arg of field.args) walk([arg.name], arg.type, false);
  return slots;
}

/** A copy of `vars` with `value` at `path`; null when the valid variables do not reach its parent. */
export function replaced(vars: Vars, path: Path, value: unknown): Vars | null {
  const copy = structuredClone(vars);
  let parent: any = copy;
  for (const key of path.slice(0, -1)) {
    if (parent[key] === undefined || parent[key] === null || typeof parent[key] !== 'object') return null;
    parent = parent[key];
  }
  const last = path[path.length - 1];
  // Many copies of the valid first element (or of a short string when there is none).
  const copies = (n: number) => Array.from({ length: n }, () => parent[last]?.[0] ?? 'x');
  if (value === MANY) parent[last] = copies(1_000);
  else if (value === MANY_MORE) parent[last] = copies(10_000);
  // An enum value no list knows, a string where objects go, and no number or boolean.
  else if (value === MANY_INVALID) parent[last] = Array.from({ length: 10_000 }, () => 'NOT_A_VALUE');
  else parent[last] = value;
  return copy;
}

export const label = (path: Path): string => path.join('.');
export const shown = (value: unknown): string => {
  const text = typeof value === 'symbol' ? '[…]' : (JSON.stringify(value) ?? 'undefined');
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
};

/**
 * The error is about the slot: it names the slot, something inside it (a required field missing
 * from an object) or, for a list element, the list.
 */
export const namesSlot = (names: string[], { path, element }: Slot): boolean =>
  names.some((name) => name === label(path) || name.startsWith(`${label(path)}.`) || (element && name === label(path.slice(0, -1))));
