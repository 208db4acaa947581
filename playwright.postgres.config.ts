import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// The engineer journey again, with the portal's storage on PostgreSQL
// (scripts/e2e-postgres-portal.sh). `npm test` runs it when PostgreSQL
// answers on 127.0.0.1:5432.
const port = process.env.PORTAL_E2E_POSTGRES_PORTAL_PORT ?? '7019';
const prometheusPort =
  process.env.PORTAL_E2E_POSTGRES_PROMETHEUS_PORT ?? '7020';
// Screenshots and timings of this run are labelled "postgres".
process.env.PORTAL_E2E_RUN = 'postgres';

export default defineConfig({
  ...base,
  testMatch: /journeys\.test\.ts$/,
  grep: /engineer:/,
  reporter: [['list']],
  webServer: {
    command: 'bash scripts/e2e-postgres-portal.sh',
    url: `http://localhost:${port}/.backstage/health/v1/readiness`,
    env: {
      PORTAL_PORT: port,
      PORTAL_DATA_DIR: process.env.PORTAL_E2E_DATA_DIR!,
      PORTAL_EXAMPLE_PROMETHEUS_PORT: prometheusPort,
    },
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
  use: { ...base.use, baseURL: `http://localhost:${port}` },
  outputDir: 'node_modules/.cache/e2e-test-results-postgres',
});
