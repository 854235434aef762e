import { readFileSync, writeFileSync } from 'node:fs';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { TestApps } from './support/test-apps';

const SCHEMA_FILE = 'apps/api/schema.gql';
const HEADER = '# The GraphQL schema the API serves, generated from the code. Do not edit: run `npm run schema`.\n\n';

describe('apps/api/schema.gql', () => {
  let apps: TestApps;

  beforeAll(async () => {
    apps = await TestApps.start({ worker: false });
  });

  afterAll(async () => {
    await apps?.close();
  });

  it('is what the code generates (run `npm run schema` after changing the API)', () => {
    const generated = HEADER + printSchema(apps.api.get(GraphQLSchemaHost).schema) + '\n';
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, generated);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(generated);
  });
});
