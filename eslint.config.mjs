import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

// One direction of imports: app → components → lib. Nothing in lib/ reaches up.
const layering = {
  files: ['lib/**/*.ts', 'lib/**/*.tsx'],
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: ['@/app/*', '@/components/*'], message: 'lib/ must not import from app/ or components/.' }] }],
  },
};

// Database access lives in files that say so: a domain's data.ts (reads) and mutations.ts
// (writes and the actions that make them), docs/architecture.md. The rule is on the import
// of a client; helpers that take a client (`Db`, a transaction) as a parameter are called
// from those files. Type-only imports of `Db` are free.
const databaseAccess = {
  files: ['**/*.ts', '**/*.tsx', '**/*.mjs'],
  ignores: [
    '**/data.ts', '**/mutations.ts',
    // Defines the clients.
    'lib/db.ts', 'lib/db/**',
    // The action wrapper hands the request's client to each defined action (which lives in a mutations.ts).
    'lib/actions/run-action.ts',
    // Read models of the public pages, one file per page (district-page.ts, overview.ts, …): each is that
    // page's data module, named for the page it feeds.
    'lib/views/**',
    // The streamed scorecard reader behind the API and the file exports (reads 100 districts at a time).
    'lib/scorecard/rows.ts',
    // Processes with their own client: start-up (migrate, seed), the synthetic data generator, scripts.
    'lib/runtime/**', 'lib/synthetic/**',
    // The reminder e-mail loop: started by scripts/start.ts beside next-server, with its own small pool.
    'lib/reminders/start.ts', 'scripts/**', 'bench/**', 'prisma/**',
    // Tests open their own databases (tests/test-database.ts).
    'tests/**', 'e2e/**', '**/*.test.ts', '**/*.test.tsx',
  ],
  rules: {
    '@typescript-eslint/no-restricted-imports': ['error', {
      paths: [
        { name: '@/lib/db', importNames: ['db'], allowTypeImports: true, message: 'Database access belongs in a data.ts (reads) or mutations.ts (writes); see docs/architecture.md and the exceptions in eslint.config.mjs.' },
        { name: '@/lib/db/client', importNames: ['createDb'], message: 'Only start-up, scripts and tests open their own database client; app code uses lib/db from a data.ts or mutations.ts.' },
      ],
    }],
  },
};

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  layering,
  databaseAccess,
  // Dropping a field with `{ id: _id, ...rest }` is deliberate.
  { rules: { '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_', varsIgnorePattern: '^_' }] } },
  { ignores: ['lib/generated/**', '.next/**', 'node_modules/**', '.data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
];

export default config;
