import { Evidence } from '@internal/plugin-fitness-common';
import { FitnessFunction } from './FitnessFunction';
import { fail, pass, warn } from './outcome';
import { lineOf, pathsMatching, yamlDocuments } from './treeFiles';

const HEALTH_ROUTE = /["'](\/health|\/healthz|\/livez)["']/;
const READY_ROUTE = /["'](\/ready|\/readyz|\/readiness)["']/;

type Container = {
  name?: string;
  livenessProbe?: unknown;
  readinessProbe?: unknown;
};

function containersOf(document: unknown): Container[] {
  const doc = document as {
    kind?: string;
    spec?: { template?: { spec?: { containers?: Container[] } } };
  } | null;
  if (
    !doc ||
    !['Deployment', 'StatefulSet', 'DaemonSet'].includes(doc.kind ?? '')
  ) {
    return [];
  }
  const containers = doc.spec?.template?.spec?.containers;
  return Array.isArray(containers) ? containers : [];
}

/** Health and readiness routes in the code, and probes on them in the manifests. */
export const healthProbesFunction: FitnessFunction = {
  id: 'health-probes',
  title: 'Health and readiness routes, probed by Kubernetes',
  category: 'operability',
  level: 'bronze',
  weight: 2,
  docsPath: 'docs/fitness/health-probes.md',
  appliesTo: ({ tree }) => tree.files.some(f => f.path.endsWith('.py')),
  async evaluate({ tree }) {
    const evidence: Evidence[] = [];
    let health: Evidence | undefined;
    let ready: Evidence | undefined;
    for (const path of pathsMatching(tree, /\.py$/)) {
      const text = await tree.readText(path);
      if (
        !text.includes('/health') &&
        !text.includes('/live') &&
        !text.includes('/read')
      ) {
        continue;
      }
      const h = lineOf(text, HEALTH_ROUTE);
      const r = lineOf(text, READY_ROUTE);
      if (h && !health) health = { path, line: h, message: 'health route' };
      if (r && !ready) ready = { path, line: r, message: 'readiness route' };
    }
    const missingRoutes = [!health && '/health', !ready && '/ready'].filter(
      Boolean,
    );
    if (missingRoutes.length > 0) {
      return fail(`No ${missingRoutes.join(' or ')} route in the code.`, [
        ...[health, ready].filter((e): e is Evidence => e !== undefined),
      ]);
    }
    evidence.push(health!, ready!);
    let deployments = 0;
    const unprobed: Evidence[] = [];
    for (const path of pathsMatching(tree, /\.ya?ml$/)) {
      for (const document of await yamlDocuments(tree, path)) {
        for (const container of containersOf(document)) {
          deployments++;
          if (!container.livenessProbe || !container.readinessProbe) {
            unprobed.push({
              path,
              message: `container ${container.name ?? '(unnamed)'} lacks ${[
                !container.livenessProbe && 'a livenessProbe',
                !container.readinessProbe && 'a readinessProbe',
              ]
                .filter(Boolean)
                .join(' and ')}`,
            });
          }
        }
      }
    }
    if (deployments === 0) {
      return warn(
        'Health and readiness routes exist, but no Kubernetes Deployment probes them.',
        evidence,
      );
    }
    if (unprobed.length > 0) {
      return warn(
        'Health and readiness routes exist, but some containers are not probed.',
        [...evidence, ...unprobed],
      );
    }
    return pass(
      'Health and readiness routes exist, and every container is probed.',
      evidence,
    );
  },
};
