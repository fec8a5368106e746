import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

// A throwaway data directory per run: the e2e app starts on its own embedded
// PostgreSQL, migrated and seeded from scratch. Set once in the main process;
// workers inherit the environment.
process.env.E2E_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'targets-e2e-'));
fs.chmodSync(process.env.E2E_DATA_DIR, 0o755);

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_ADMIN_PASSWORD = 'e2e-admin-password';
// Reminder e-mails go to a real SMTP server the global setup runs (e2e/support/smtp-capture.ts)
// on this port, derived from E2E_PORT so parallel runs on other ports do not collide,
// and are checked every REMINDER_INTERVAL_SECONDS.
export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? E2E_PORT + 20_000);
export const E2E_SMTP_CAPTURE = path.resolve('test-results/e2e/smtp-messages.jsonl');
export const E2E_REMINDER_INTERVAL_SECONDS = 2;

const chromiumPath = '/usr/bin/chromium';
const systemChromium = fs.existsSync(chromiumPath)
  ? {
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    }
  : undefined;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/e2e',
  globalSetup: './e2e/support/smtp-capture.ts',
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  timeout: 60_000,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/playwright.json' }]] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    trace: 'retain-on-failure',
    locale: 'zh-CN',
    launchOptions: systemChromium,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: systemChromium } }],
  webServer: {
    command: 'node --import tsx scripts/start.ts',
    url: `http://127.0.0.1:${E2E_PORT}/`,
    // The first run includes `next build`.
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
    env: {
      PORT: String(E2E_PORT), DATA_DIR: process.env.E2E_DATA_DIR, ADMIN_PASSWORD: E2E_ADMIN_PASSWORD, DATABASE_URL: '',
      SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`, SMTP_FROM: 'tracker@e2e.test', REMINDER_INTERVAL_SECONDS: String(E2E_REMINDER_INTERVAL_SECONDS),
    },
  },
});
