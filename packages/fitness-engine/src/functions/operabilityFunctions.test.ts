import { functionContext } from '../testUtils/functionContext';
import { memorySourceTree } from '../testUtils/memorySourceTree';
import { ciWorkflowFunction } from './ciWorkflow';
import { dockerfileFunction } from './dockerfile';
import { healthProbesFunction } from './healthProbes';
import { structuredLoggingFunction } from './structuredLogging';

const app = [
  'from fastapi import FastAPI',
  'app = FastAPI()',
  '',
  '@app.get("/health")',
  'def health(): ...',
  '',
  "@app.get('/ready')",
  'def ready(): ...',
].join('\n');

const deployment = (probes: string) => `
apiVersion: apps/v1
kind: Deployment
metadata: { name: shop }
spec:
  template:
    spec:
      containers:
        - name: shop
${probes}
`;

describe('health-probes', () => {
  const routes = { 'src/shop/__init__.py': '', 'src/shop/app.py': app };

  it('passes with both routes and probed containers', async () => {
    const outcome = await healthProbesFunction.evaluate(
      await functionContext({
        ...routes,
        'k8s/deployment.yaml': deployment(
          '          livenessProbe: { httpGet: { path: /health } }\n          readinessProbe: { httpGet: { path: /ready } }',
        ),
      }),
    );
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence).toEqual([
      { path: 'src/shop/app.py', line: 4, message: 'health route' },
      { path: 'src/shop/app.py', line: 7, message: 'readiness route' },
    ]);
  });

  it('warns about a container without a readiness probe', async () => {
    const outcome = await healthProbesFunction.evaluate(
      await functionContext({
        ...routes,
        'k8s/deployment.yaml': deployment(
          '          livenessProbe: { httpGet: { path: /health } }',
        ),
      }),
    );
    expect(outcome.status).toBe('warn');
    expect(outcome.evidence[2]).toEqual({
      path: 'k8s/deployment.yaml',
      message: 'container shop lacks a readinessProbe',
    });
  });

  it('fails without a readiness route, and ignores a malformed manifest', async () => {
    const outcome = await healthProbesFunction.evaluate(
      await functionContext({
        'src/shop/__init__.py': '',
        'src/shop/app.py': '@app.get("/health")\ndef health(): ...\n',
        'k8s/broken.yaml': 'kind: Deployment\n  spec: [',
      }),
    );
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe('No /ready route in the code.');
  });
});

describe('dockerfile', () => {
  it('passes when the last USER is not root', async () => {
    const outcome = await dockerfileFunction.evaluate(
      await functionContext({
        Dockerfile:
          'FROM python:3.12\nUSER root\nRUN apt-get update\n\nUSER app\n',
      }),
    );
    expect(outcome).toEqual({
      status: 'pass',
      summary: 'Dockerfile runs as app.',
      evidence: [
        {
          path: 'Dockerfile',
          line: 5,
          message:
            "USER app: a name, which Kubernetes' runAsNonRoot cannot check (a numeric USER can be)",
        },
      ],
    });
  });

  it("reads the final stage's user through the stage it starts from", async () => {
    const outcome = await dockerfileFunction.evaluate(
      await functionContext({
        'deploy/Dockerfile': 'FROM python:3.12-slim\n',
        Dockerfile:
          'FROM python:3.12 AS base\nUSER 10001\n\nFROM base AS final\nCMD ["app"]\n',
      }),
    );
    expect(outcome.evidence).toEqual([
      { path: 'Dockerfile', line: 2, message: 'USER 10001' },
    ]);
  });

  it('warns when only a build stage sets a user', async () => {
    const outcome = await dockerfileFunction.evaluate(
      await functionContext({
        Dockerfile:
          'FROM python:3.12 AS build\nUSER app\n\nFROM python:3.12-slim\nCMD ["app"]\n',
      }),
    );
    expect(outcome.summary).toBe(
      'Dockerfile runs the service as root (no USER in its final stage).',
    );
  });

  it('warns when the image runs as root', async () => {
    const outcome = await dockerfileFunction.evaluate(
      await functionContext({ Dockerfile: 'FROM python:3.12\nUSER 0:0\n' }),
    );
    expect(outcome).toMatchObject({
      status: 'warn',
      summary: 'Dockerfile runs the service as root (USER 0:0).',
      evidence: [{ line: 2 }],
    });
  });

  it('fails without a Dockerfile', async () => {
    const outcome = await dockerfileFunction.evaluate(
      await functionContext({ 'README.md': '' }),
    );
    expect(outcome.status).toBe('fail');
  });
});

describe('ci-workflow', () => {
  it('passes when CI runs pytest and lint-imports', async () => {
    const outcome = await ciWorkflowFunction.evaluate(
      await functionContext({
        '.github/workflows/ci.yml':
          'jobs:\n  t:\n    steps:\n      - run: uv run lint-imports\n      - run: uv run pytest\n',
      }),
    );
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.map(e => e.line)).toEqual([5, 4]);
  });

  it('warns when the contracts are not checked', async () => {
    const outcome = await ciWorkflowFunction.evaluate(
      await functionContext({ '.gitlab-ci.yml': 'test:\n  script: pytest\n' }),
    );
    expect(outcome).toMatchObject({
      status: 'warn',
      summary: 'CI does not run lint-imports.',
    });
  });

  it('fails without a workflow', async () => {
    const outcome = await ciWorkflowFunction.evaluate(
      await functionContext({ Makefile: 'test:\n\tpytest\n' }),
    );
    expect(outcome.status).toBe('fail');
  });

  it("reads a monorepo service's CI from the repository's root workflows", async () => {
    const outcome = await ciWorkflowFunction.evaluate(
      await functionContext(
        { 'src/shop/__init__.py': '' },
        {
          repositoryWorkflows: memorySourceTree({
            'ci.yml':
              'jobs:\n  t:\n    steps:\n      - run: uv run pytest\n      - run: uv run lint-imports\n',
            'notes.txt': 'not a workflow',
          }),
        },
      ),
    );
    expect(outcome).toMatchObject({
      status: 'pass',
      evidence: [
        { path: '(repository root)/.github/workflows/ci.yml', line: 4 },
        { path: '(repository root)/.github/workflows/ci.yml', line: 5 },
      ],
    });
  });
});

describe('structured-logging', () => {
  it('passes when the service imports structlog', async () => {
    const outcome = await structuredLoggingFunction.evaluate(
      await functionContext({
        'src/shop/__init__.py': '',
        'src/shop/log.py': '"""Logs."""\nimport structlog\n',
      }),
    );
    expect(outcome.evidence).toEqual([
      {
        path: 'src/shop/log.py',
        line: 2,
        message: 'shop.log imports structlog',
      },
    ]);
  });

  it('fails on plain logging', async () => {
    const outcome = await structuredLoggingFunction.evaluate(
      await functionContext({
        'src/shop/__init__.py': '',
        'src/shop/log.py': 'import logging\n',
      }),
    );
    expect(outcome.status).toBe('fail');
  });
});
