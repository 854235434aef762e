import { defineConfig } from 'vitest/config';

/** Unit tests of the web app's own logic (recurrence, form rules): `npm run test:web:unit`. */
export default defineConfig({
  root: import.meta.dirname,
  test: { include: ['src/**/*.test.ts'], environment: 'node' },
});
