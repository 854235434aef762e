import { setupI18n } from '@lingui/core';
import { CombinedError } from 'urql';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogOf, type Translate } from '../i18n';
import { en } from '../i18n/en';
import { es } from '../i18n/es';
import { problemOf } from './problems';

/** Every code the contract lists for errors, and the two for documents that cannot run. */
const CONTRACT_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'INVALID_STATE',
  'ALREADY_REGISTERED',
  'REGISTRATION_CLOSED',
  'RATE_LIMITED',
  'INTERNAL',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
];

const failure = (code: string, extensions: Record<string, unknown> = {}, message = 'x') =>
  new CombinedError({ graphQLErrors: [{ message, extensions: { code, ...extensions } }] });

let translate: Record<'en' | 'es', Translate>;

beforeAll(() => {
  const translator = (locale: 'en' | 'es', words: typeof es): Translate => {
    const i18n = setupI18n({ locale, messages: { [locale]: catalogOf(words) } });
    return (key, values) => i18n._(key, values);
  };
  translate = { en: translator('en', en), es: translator('es', es) };
});

describe('problems, as a patron reads them', () => {
  it.each(['en', 'es'] as const)('has words of its own for every error code of the contract (%s)', (language) => {
    const t = translate[language];
    const summaries = CONTRACT_CODES.map((code) => problemOf(failure(code, { retryAfterSeconds: 30 }), t)!.summary);
    // No key shown raw, and no two codes with the same words (except INTERNAL for the unknown).
    for (const summary of summaries) expect(summary).not.toMatch(/^problems\./);
    expect(new Set(summaries).size).toBe(CONTRACT_CODES.length);
    expect(problemOf(failure('SOMETHING_NEW'), t)!.summary).toBe(t('problems.code.INTERNAL'));
  });

  it('says when to try again after RATE_LIMITED', () => {
    expect(problemOf(failure('RATE_LIMITED', { retryAfterSeconds: 42 }), translate.en)!.summary).toContain('42 seconds');
    expect(problemOf(failure('RATE_LIMITED', { retryAfterSeconds: 1 }), translate.es)!.summary).toContain('1 segundo');
  });

  it('puts BAD_USER_INPUT fields under the form’s own names, in plain words', () => {
    const problem = problemOf(
      failure('BAD_USER_INPUT', {
        fields: { 'input.email': 'must be an e-mail address', 'input.sessions.0.recurrence': 'is not a valid RRULE' },
      }),
      translate.en,
    )!;
    expect(problem.fields).toEqual({ email: en.problems.field.email, 'sessions.0.recurrence': en.problems.field.recurrence });
  });

  it('tells a lost connection apart from an answer', () => {
    const offline = new CombinedError({ networkError: new TypeError('Failed to fetch') });
    expect(problemOf(offline, translate.es)!).toMatchObject({ code: 'NETWORK', summary: es.problems.network });
    expect(problemOf(undefined, translate.en)).toBeNull();
  });
});
