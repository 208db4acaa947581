import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkGeneratedService } from './checkGeneratedService';
import { formatFailures } from './HarnessFailure';

// A service that gets something wrong for every check.
const broken: Record<string, string> = {
  'pyproject.toml': [
    '[tool.ruff.lint]',
    'select = ["F"]',
    '[tool.importlinter]',
    'root_package = "svc"',
    '[tool.pytest.ini_options]',
    'pythonpath = ["src"]',
    '[tool.coverage.run]',
    'source = ["src/svc/domain", "src/svc/application"]',
  ].join('\n'),
  'src/svc/__init__.py': '',
  'src/svc/domain/__init__.py': '',
  'src/svc/domain/model.py': [
    'import os',
    '',
    '',
    'def covered() -> int:',
    '    return 1',
    '',
    '',
    'def uncovered(x: int) -> int:',
    '    if x > 1:',
    '        return x * 2',
    '    y = x + 1',
    '    y += 1',
    '    return y',
    '',
  ].join('\n'),
  'src/svc/application/__init__.py': '',
  'src/svc/application/broken.py': 'def f(:\n',
  'tests/unit/test_model.py':
    'from svc.domain.model import covered\n\n\ndef test_covered() -> None:\n    assert covered() == 1\n',
  Dockerfile:
    'FROM python:3.12-slim AS build\nRUN true\nFROM python:3.12-slim\nCMD ["python"]\n',
  '.github/workflows/ci.yml':
    'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n',
  'k8s/base/kustomization.yaml':
    'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [deployment.yaml, missing.yaml]\n',
  'k8s/base/deployment.yaml': [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata: { name: svc }',
    'spec:',
    '  replicas: two',
    '  selector: { matchLabels: { app: svc } }',
    '  template:',
    '    metadata: { labels: { app: svc } }',
    '    spec:',
    '      containers:',
    '        - name: svc',
    '          image: svc:1',
  ].join('\n'),
  'mkdocs.yml': 'site_name: svc\nnav:\n  - Home: index.md\n  - Gone: gone.md\n',
  'docs/index.md': '# svc\n',
  'docs/runbook.md': '# Runbook\n\n## Overview\n',
  'openslo.yaml':
    'apiVersion: openslo/v1\nkind: AlertPolicy\nmetadata: { name: svc-fast-burn }\nspec: {}\n',
  'broken.yaml': 'key: [unclosed\n',
};

describe('checkGeneratedService', () => {
  it('finds what a broken service gets wrong, naming the check, the file and the line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'harness-broken-'));
    for (const [path, content] of Object.entries(broken)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }

    const failures = await checkGeneratedService(dir);
    const report = formatFailures('broken {x: 1}', failures);

    const found = (check: string, file?: string) =>
      failures.filter(f => f.check === check && (!file || f.file === file));
    expect(found('yaml', 'broken.yaml')).toHaveLength(1);
    expect(found('python-compile', 'src/svc/application/broken.py')).toEqual([
      expect.objectContaining({ line: 1 }),
    ]);
    expect(found('ruff', 'src/svc/domain/model.py')).toEqual([
      expect.objectContaining({
        line: 1,
        message: expect.stringMatching(/^F401/),
      }),
    ]);
    expect(found('coverage')[0].message).toMatch(
      /lines covered: \d+\.\d %, under 90 %.*model\.py/,
    );
    expect(found('dockerfile', 'Dockerfile')[0].message).toMatch(/no USER/);
    expect(found('actionlint', '.github/workflows/ci.yml')).toEqual([
      expect.objectContaining({ line: 6 }),
    ]);
    expect(
      found('kubernetes')
        .map(f => `${f.file}: ${f.message}`)
        .sort(),
    ).toEqual([
      expect.stringMatching(
        /^k8s\/base\/deployment.yaml: Deployment: .*replicas must be integer/,
      ),
      'k8s/base/deployment.yaml: container svc has no a liveness probe, a readiness probe, resource requests, resource limits',
      'k8s/base/kustomization.yaml: resource missing.yaml does not exist',
    ]);
    expect(found('mkdocs')[0].message).toMatch(/gone\.md/);
    expect(found('runbook', 'docs/runbook.md')[0].message).toMatch(
      /no section for the alert policy "svc-fast-burn"/,
    );
    expect(found('fitness health-probes')[0].message).toMatch(
      /^fail: No \/health or \/ready route/,
    );
    expect(report.split('\n')[0]).toMatch(/^broken \{x: 1\}: \[\w[\w -]*\]/);
  }, 120_000);
});
