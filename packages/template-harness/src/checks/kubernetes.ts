import { execFile } from 'node:child_process';
import { dirname, join, posix, relative } from 'node:path';
import { promisify } from 'node:util';
import { parseAllDocuments } from 'yaml';
import { Check, GeneratedService, HarnessFailure } from '../HarnessFailure';

const run = promisify(execFile);
const validator = join(
  dirname(require.resolve('@internal/template-harness/package.json')),
  'src/kubernetes/validateManifests.mts',
);

type Container = {
  name?: string;
  livenessProbe?: unknown;
  readinessProbe?: unknown;
  resources?: { requests?: unknown; limits?: unknown };
};

function workloadProblems(file: string, manifest: any): HarnessFailure[] {
  if (manifest?.kind !== 'Deployment') return [];
  const containers: Container[] =
    manifest.spec?.template?.spec?.containers ?? [];
  return containers.flatMap(c => {
    const missing = [
      !c.livenessProbe && 'a liveness probe',
      !c.readinessProbe && 'a readiness probe',
      !c.resources?.requests && 'resource requests',
      !c.resources?.limits && 'resource limits',
    ].filter(Boolean);
    return missing.length
      ? [
          {
            check: 'kubernetes',
            file,
            message: `container ${c.name} has no ${missing.join(', ')}`,
          },
        ]
      : [];
  });
}

async function kustomizationProblems(service: GeneratedService, file: string) {
  const failures: HarnessFailure[] = [];
  const kustomization = parseAllDocuments(await service.read(file))[0]?.toJS();
  for (const resource of kustomization?.resources ?? []) {
    const target = posix.normalize(posix.join(posix.dirname(file), resource));
    const exists =
      service.files.includes(target) ||
      service.files.includes(`${target}/kustomization.yaml`);
    if (!exists) {
      failures.push({
        check: 'kubernetes',
        file,
        message: `resource ${resource} does not exist`,
      });
    }
  }
  return failures;
}

/**
 * Every manifest under k8s/ validates against its Kubernetes schema, every
 * Deployment's containers have probes and resources, and every kustomization
 * names resources that exist.
 */
export const kubernetes: Check = async service => {
  const files = service.files.filter(f => /^k8s\/.+\.ya?ml$/.test(f));
  if (files.length === 0) {
    return [{ check: 'kubernetes', message: 'there are no manifests in k8s/' }];
  }
  const { stdout } = await run(
    process.execPath,
    [validator, ...files.map(f => join(service.dir, f))],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  const failures: HarnessFailure[] = (
    JSON.parse(stdout) as { file: string; kind?: string; message: string }[]
  ).map(p => ({
    check: 'kubernetes',
    file: relative(service.dir, p.file),
    message: p.kind ? `${p.kind}: ${p.message}` : p.message,
  }));
  for (const file of files) {
    if (posix.basename(file) === 'kustomization.yaml') {
      failures.push(...(await kustomizationProblems(service, file)));
    } else {
      for (const doc of parseAllDocuments(await service.read(file))) {
        failures.push(...workloadProblems(file, doc.toJS()));
      }
    }
  }
  return failures;
};
