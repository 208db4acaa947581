import { readDockerfile } from '../docker/dockerfileStages';
import { imageUser } from '../docker/imageUser';
import { FitnessFunction } from './FitnessFunction';
import { fail, pass, warn } from './outcome';

/** A Dockerfile that runs the service as a non-root user. */
export const dockerfileFunction: FitnessFunction = {
  id: 'dockerfile',
  title: 'A Dockerfile that runs as a non-root user',
  category: 'operability',
  level: 'bronze',
  weight: 1,
  docsPath: 'docs/fitness/dockerfile.md',
  appliesTo: () => true,
  async evaluate({ tree }) {
    const dockerfile = await readDockerfile(tree);
    if (!dockerfile) {
      return fail('No Dockerfile.', [
        { path: '.', message: 'add a Dockerfile (see the golden path)' },
      ]);
    }
    const { path } = dockerfile;
    const user = imageUser(dockerfile);
    if (!user || user.root) {
      return warn(
        user
          ? `${path} runs the service as root (USER ${user.user}).`
          : `${path} runs the service as root (no USER in its final stage).`,
        [
          {
            path,
            line: user?.line ?? dockerfile.final.line,
            message: 'add a USER line with a non-root user after the last FROM',
          },
        ],
      );
    }
    return pass(`${path} runs as ${user.user}.`, [
      {
        path,
        line: user.line,
        message: user.numeric
          ? `USER ${user.user}`
          : `USER ${user.user}: a name, which Kubernetes' runAsNonRoot cannot check (a numeric USER can be)`,
      },
    ]);
  },
};
