import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      '@': root,
      // `server-only` throws outside React Server Components; tests call server modules directly.
      'server-only': path.join(root, 'tests', 'server-only-stub.ts'),
    },
  },
  test: {
    // An unusual zone, so a date computed in local time instead of UTC fails.
    env: { TZ: 'Asia/Kathmandu' },
    include: ['lib/**/*.test.ts', 'prisma/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts', ...(process.env.STRESS ? ['tests/**/*.stress.ts'] : [])],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: process.env.CI ? ['default', ['json', { outputFile: process.env.STRESS ? 'test-results/vitest-stress.json' : 'test-results/vitest.json' }]] : ['default'],
  },
});
