import { DockerfileParser } from 'dockerfile-ast';
import { Check } from '../HarnessFailure';

const ROOT = new Set(['root', '0', 'root:root', '0:0']);

/** The Dockerfile parses into stages, and its final stage runs as a non-root USER. */
export const dockerfile: Check = async service => {
  if (!service.files.includes('Dockerfile')) {
    return [{ check: 'dockerfile', message: 'there is no Dockerfile' }];
  }
  const parsed = DockerfileParser.parse(await service.read('Dockerfile'));
  const froms = parsed.getFROMs();
  if (froms.length === 0) {
    return [
      { check: 'dockerfile', file: 'Dockerfile', message: 'no FROM stage' },
    ];
  }
  const finalStageLine = froms[froms.length - 1].getRange().start.line;
  const users = parsed
    .getInstructions()
    .filter(
      i =>
        i.getKeyword() === 'USER' && i.getRange().start.line > finalStageLine,
    );
  const user = users[users.length - 1]?.getArgumentsContent()?.trim();
  if (!user || ROOT.has(user)) {
    return [
      {
        check: 'dockerfile',
        file: 'Dockerfile',
        line: finalStageLine + 1,
        message: user
          ? `the final stage runs as ${user}`
          : 'the final stage sets no USER, so it runs as root',
      },
    ];
  }
  return [];
};
