import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';

/**
 * Reads `.env` from the working directory into `env` when the file is there, with Node's own
 * parser: variables already set win. Tests never read it (NODE_ENV=test): a developer's `.env`
 * must not change what they check. Returns the file read, or null.
 */
export function loadDotEnv(env: NodeJS.ProcessEnv = process.env, path = '.env'): string | null {
  if (env.NODE_ENV === 'test' || !existsSync(path)) return null;
  for (const [name, value] of Object.entries(parseEnv(readFileSync(path, 'utf8')))) {
    if (env[name] === undefined) env[name] = value;
  }
  return path;
}
