import { describe, expect, it } from 'vitest';
import { catalogOf } from '.';
import { en } from './en';
import { enPartner } from './en-partner';
import { es } from './es';
import { esPartner } from './es-partner';

type Words = { [key: string]: string | Words };

/** Every key of a part, `catalog.title` style, with its words. */
const flat = (words: Words, prefix = ''): Array<[string, string]> =>
  Object.entries(words).flatMap(([key, value]) =>
    typeof value === 'string' ? [[prefix + key, value] as [string, string]] : flat(value, `${prefix}${key}.`),
  );

/** The names a message fills in (`{agency}`, `{count, plural, …}`), whatever their order. */
const placeholders = (message: string) => [...new Set([...message.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]))].sort();

describe.each([
  ['common', en, es],
  ['partner', enPartner, esPartner],
] as const)('the %s words', (_part, english, spanish) => {
  it('compile, in both languages (a malformed message fails here, not in front of a patron)', () => {
    expect(() => catalogOf(english)).not.toThrow();
    expect(() => catalogOf(spanish)).not.toThrow();
    expect(Object.keys(catalogOf(english)).length).toBeGreaterThan(50);
  });

  it('exist in Spanish for every English key, filling in the same values', () => {
    const spanishByKey = new Map(flat(spanish));
    const differences = flat(english)
      .filter(([key, message]) => JSON.stringify(placeholders(message)) !== JSON.stringify(placeholders(spanishByKey.get(key) ?? '')))
      .map(([key]) => key);
    expect(differences).toEqual([]);
    expect([...spanishByKey.keys()].sort()).toEqual(
      flat(english)
        .map(([key]) => key)
        .sort(),
    );
  });
});
