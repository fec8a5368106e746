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
  { ignores: ['lib/generated/**', '.next/**', 'node_modules/**', '.data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
];

export default config;
