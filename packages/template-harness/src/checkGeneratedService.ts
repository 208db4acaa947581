import { readLocalSourceTree } from '@internal/source-tree';
import { dockerfile } from './checks/dockerfile';
import { fitness } from './checks/fitness';
import { kubernetes } from './checks/kubernetes';
import { mkdocs } from './checks/mkdocs';
import { pythonCompiles, unitTests } from './checks/python';
import { ruff } from './checks/ruff';
import { runbook } from './checks/runbook';
import { workflows } from './checks/workflows';
import { yamlFiles } from './checks/yamlFiles';
import { Check, GeneratedService, HarnessFailure } from './HarnessFailure';

/** Each check by name, for harness runs that need only some of them. */
export const CHECKS = {
  yamlFiles,
  pythonCompiles,
  unitTests,
  ruff,
  dockerfile,
  workflows,
  kubernetes,
  mkdocs,
  runbook,
  fitness,
};

/** The checks every generated Python service must pass, in this order. */
export const SERVICE_CHECKS: Check[] = Object.values(CHECKS);

const SKIPPED = /(^|\/)(\.git|__pycache__|\.pytest_cache|site)(\/|$)/;

/** Runs `checks` on the service generated into `dir`, one after another. */
export async function checkGeneratedService(
  dir: string,
  checks: Check[] = SERVICE_CHECKS,
): Promise<HarnessFailure[]> {
  const tree = await readLocalSourceTree(dir, {
    include: path => !SKIPPED.test(path),
  });
  const service: GeneratedService = {
    dir,
    files: tree.files.map(f => f.path),
    read: path => tree.readText(path),
  };
  const failures: HarnessFailure[] = tree.warnings.map(w => ({
    check: 'files',
    file: w.path,
    message: w.reason,
  }));
  for (const check of checks) {
    failures.push(...(await check(service)));
  }
  return failures;
}
