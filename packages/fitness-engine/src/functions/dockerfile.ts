import { FitnessFunction } from './FitnessFunction';
import { fail, pass, warn } from './outcome';
import { baseName } from './treeFiles';

const IS_DOCKERFILE = (path: string) =>
  /^(Dockerfile|Containerfile)(\..+)?$|\.Dockerfile$/.test(baseName(path));

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
    const files = tree.files.map(f => f.path).filter(IS_DOCKERFILE);
    if (files.length === 0) {
      return fail('No Dockerfile.', [
        { path: '.', message: 'add a Dockerfile (see the golden path)' },
      ]);
    }
    const path = files.sort(
      (a, b) => a.split('/').length - b.split('/').length,
    )[0];
    const text = await tree.readText(path);
    const froms = [...text.matchAll(/^[ \t]*FROM[ \t]/gim)];
    const finalStage = froms[froms.length - 1]?.index ?? 0;
    const users = [...text.matchAll(/^[ \t]*USER[ \t]+(\S+)/gim)].filter(
      user => user.index >= finalStage,
    );
    const last = users[users.length - 1];
    const line = last && text.slice(0, last.index).split('\n').length;
    if (!last || /^(root|0)(:|$)/.test(last[1])) {
      return warn(
        `${path} runs the service as root (no USER in its final stage).`,
        [
          {
            path,
            line,
            message: 'add a USER line with a non-root user after the last FROM',
          },
        ],
      );
    }
    return pass(`${path} runs as ${last[1]}.`, [
      { path, line, message: `USER ${last[1]}` },
    ]);
  },
};
