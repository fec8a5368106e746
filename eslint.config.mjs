import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

// One direction of imports: app → components → lib. Nothing in lib/ reaches up.
const layering = {
  files: ['lib/**/*.ts', 'lib/**/*.tsx'],
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: ['@/app/*', '@/components/*'], message: 'lib/ must not import from app/ or components/.' }] }],
  },
};

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  layering,
  // Dropping a field with `{ id: _id, ...rest }` is deliberate.
  { rules: { '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_', varsIgnorePattern: '^_' }] } },
  { ignores: ['lib/generated/**', '.next/**', 'node_modules/**', '.data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
];

export default config;
