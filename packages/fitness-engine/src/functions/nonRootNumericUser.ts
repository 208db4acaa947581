import { Dockerfile, readDockerfile } from '../docker/dockerfileStages';
import { ImageUser, imageUser } from '../docker/imageUser';
import { containerSecurity } from '../kubernetes/containerSecurity';
import { Evidence } from '@internal/plugin-fitness-common';
import { FitnessFunction } from './FitnessFunction';
import { fail, notApplicable, pass, plural } from './outcome';
import { locatedYamlDocuments, pathsMatching } from './treeFiles';

const REFUSED = 'the kubelet refuses to start it';

/** Why the image's own user does not satisfy runAsNonRoot. */
function whyImageUserFails(
  dockerfile: Dockerfile | undefined,
  user: ImageUser | undefined,
): string {
  if (!dockerfile) return 'there is no Dockerfile to give a numeric USER';
  if (!user) {
    return `the image sets no USER (${dockerfile.path}), so it runs as root: ${REFUSED} ("container has runAsNonRoot and image will run as root")`;
  }
  const where = `${dockerfile.path}:${user.line}`;
  if (user.root) {
    return `the image runs as ${user.user} (${where}): ${REFUSED} ("container has runAsNonRoot and image will run as root")`;
  }
  return `the image's USER ${user.user} (${where}) is a name, which Kubernetes cannot check: ${REFUSED} ("container has runAsNonRoot and image has non-numeric user")`;
}

/**
 * Every container that must run as non-root has a numeric user, so that the
 * kubelet can check it and starts it.
 */
export const nonRootNumericUserFunction: FitnessFunction = {
  id: 'non-root-numeric-user',
  title: 'runAsNonRoot comes with a numeric user',
  category: 'operability',
  level: 'bronze',
  weight: 2,
  docsPath: 'docs/fitness/non-root-numeric-user.md',
  appliesTo: ({ tree }) => tree.files.some(f => /\.ya?ml$/.test(f.path)),
  async evaluate({ tree }) {
    const containers = [];
    for (const path of pathsMatching(tree, /\.ya?ml$/)) {
      for (const document of await locatedYamlDocuments(tree, path)) {
        containers.push(
          ...containerSecurity(document).map(c => ({ ...c, path })),
        );
      }
    }
    const nonRoot = containers.filter(c => c.runAsNonRoot?.value === true);
    if (nonRoot.length === 0) {
      return notApplicable(
        containers.length
          ? 'No container sets runAsNonRoot: true.'
          : 'No Kubernetes workload manifests.',
      );
    }
    const dockerfile = await readDockerfile(tree);
    const user = dockerfile ? imageUser(dockerfile) : undefined;
    const image = whyImageUserFails(dockerfile, user);
    const ok: Evidence[] = [];
    const problems: Evidence[] = [];
    for (const c of nonRoot) {
      const runAsUser = c.runAsUser?.value;
      if (typeof runAsUser === 'number' && runAsUser > 0) {
        ok.push({
          path: c.path,
          line: c.runAsUser!.line,
          message: `${c.name} runs as user ${runAsUser}`,
        });
      } else if (runAsUser === 0) {
        problems.push({
          path: c.path,
          line: c.runAsUser!.line,
          message: `${c.name}: runAsUser 0 with runAsNonRoot, which the kubelet refuses`,
        });
      } else if (user?.numeric && !user.root) {
        ok.push({
          path: c.path,
          line: c.runAsNonRoot!.line,
          message: `${c.name} runs as the image's USER ${user.user}`,
        });
      } else {
        problems.push({
          path: c.path,
          line: c.runAsNonRoot!.line,
          message: `${c.name}: runAsNonRoot without a numeric runAsUser, and ${image}`,
        });
      }
    }
    return problems.length > 0
      ? fail(
          `${plural(
            problems.length,
            'container',
          )} with runAsNonRoot cannot start: no numeric user.`,
          problems,
        )
      : pass(
          `${plural(ok.length, 'container')} with runAsNonRoot ${
            ok.length === 1 ? 'runs' : 'run'
          } as a numeric user.`,
          ok,
        );
  },
};
