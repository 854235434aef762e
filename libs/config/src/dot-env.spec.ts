import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { AppConfig } from './app-config';
import { loadDotEnv } from './dot-env';
import { EnvironmentVariables } from './environment-variables';

// Jest runs from the repository's root.
const example = readFileSync('.env.example', 'utf8');

describe('.env', () => {
  it('the example names every variable, and its values are the defaults', () => {
    const named = new Set([...example.matchAll(/^#? ?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]));
    const testsOnly = (name: string) => name.startsWith('TEST_');
    expect(Object.keys(new EnvironmentVariables()).filter((name) => !testsOnly(name) && !named.has(name))).toEqual([]);
    expect(AppConfig.fromEnv(parseEnv(example))).toEqual(AppConfig.fromEnv({}));
  });

  it('is read when present, with the environment winning, and never under tests', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dotenv-'));
    const path = join(dir, '.env');
    writeFileSync(path, 'COMMONROOM_DOTENV_PROBE=from-file\nCOMMONROOM_DOTENV_KEPT=from-file\n');
    const underTest: NodeJS.ProcessEnv = { NODE_ENV: 'test' };
    expect(loadDotEnv(underTest, path)).toBeNull();
    expect(underTest.COMMONROOM_DOTENV_PROBE).toBeUndefined();
    expect(loadDotEnv({ NODE_ENV: 'development' }, join(dir, 'missing.env'))).toBeNull();
    const env: NodeJS.ProcessEnv = { NODE_ENV: 'development', COMMONROOM_DOTENV_KEPT: 'from-environment' };
    expect(loadDotEnv(env, path)).toBe(path);
    expect(env.COMMONROOM_DOTENV_PROBE).toBe('from-file');
    expect(env.COMMONROOM_DOTENV_KEPT).toBe('from-environment');
  });
});
