import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The end-to-end tests start their own portal (the README's start command) on
// a spare port with a fresh data folder, and drive Debian's Chromium: no
// browser download works on these machines.
const port = process.env.PORTAL_E2E_PORT ?? '7017';
const prometheusPort = process.env.PORTAL_E2E_PROMETHEUS_PORT ?? '7018';
// Tests plant repositories in the portal's data folder; workers inherit this.
process.env.PORTAL_E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'portal-e2e-'));
const chromium =
  process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'packages/app/e2e-tests',
  timeout: 120_000,
  expect: { timeout: 30_000 },
  forbidOnly: !!process.env.CI,
  workers: 1,
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: 'e2e-test-report' }],
  ],
  // The README's start command, which also runs the example Prometheus (30
  // days of the example services' traffic, flowing on) in the data folder.
  webServer: {
    command: 'bash scripts/start.sh',
    url: `http://localhost:${port}/.backstage/health/v1/readiness`,
    env: {
      PORTAL_PORT: port,
      PORTAL_DATA_DIR: process.env.PORTAL_E2E_DATA_DIR,
      PORTAL_EXAMPLE_PROMETHEUS_PORT: prometheusPort,
    },
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
  use: {
    baseURL: `http://localhost:${port}`,
    viewport: { width: 1440, height: 900 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  outputDir: 'node_modules/.cache/e2e-test-results',
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: chromium,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
});
