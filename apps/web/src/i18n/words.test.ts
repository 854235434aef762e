import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogOf } from '.';
import { en } from './en';
import { enCoordinator } from './en-coordinator';
import { enDesk } from './en-desk';
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

/** Every source file of the app (its generated GraphQL documents aside). */
const sources = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'gql' ? [] : sources(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });

describe('the words the pages ask for', () => {
  it('exist: every key written out in a t(…) call is in one of the parts', () => {
    const known = new Set(Object.keys(catalogOf({ ...en, ...enPartner, ...enDesk, ...enCoordinator })));
    const asked = sources(join(import.meta.dirname, '..')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)].map((m) => m[1]),
    );
    expect(asked.length).toBeGreaterThan(300);
    expect([...new Set(asked.filter((key) => !known.has(key)))]).toEqual([]);
  });
});
