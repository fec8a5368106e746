// Runs `prisma generate` on install. The CLI looks for a schema engine it would
// otherwise download; prisma.config.ts points it at a script that refuses to run.
import { execFileSync } from 'node:child_process';

execFileSync('npx', ['prisma', 'generate'], {
  stdio: 'inherit',
  env: { ...process.env, CHECKPOINT_DISABLE: '1', PRISMA_HIDE_UPDATE_MESSAGE: '1' },
});
