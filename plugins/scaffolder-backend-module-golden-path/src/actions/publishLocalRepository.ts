import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { parseAllDocuments } from 'yaml';
import { authorOf } from '../git/authorOf';
import { LocalGitRepositories } from '../git/LocalGitRepositories';
import { validateRepositoryName } from '../repositoryName';

// The entity the task links to: the first Component or System.
async function mainEntityRefIn(catalogInfoPath: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(catalogInfoPath, 'utf8');
  } catch {
    throw new InputError(
      'The generated service has no catalog-info.yaml at its root; the template must produce one.',
    );
  }
  for (const doc of parseAllDocuments(text)) {
    const entity = doc.toJS();
    if (
      ['Component', 'System'].includes(entity?.kind) &&
      entity.metadata?.name
    ) {
      return stringifyEntityRef(entity);
    }
  }
  throw new InputError('catalog-info.yaml describes no Component or System.');
}

// The catalog processes a new location in the background; the task's link to
// the entity only works once it has, so the task waits for it.
async function waitForEntity(
  entityRef: string,
  waitMs: number,
  lookup: () => Promise<unknown>,
) {
  const deadline = Date.now() + waitMs;
  while (!(await lookup())) {
    if (Date.now() > deadline) {
      throw new Error(
        `The catalog did not show ${entityRef} within ${
          waitMs / 1000
        } s; see the catalog's unprocessed entities for the reason.`,
      );
    }
    await new Promise(resolve => setTimeout(resolve, 500));
  }
}

/**
 * `golden-path:publish:local`: the embedded default's publisher. It turns the
 * workspace into a git repository under the portal's data folder, authored
 * by the signed-in user, and registers its catalog-info.yaml. If any part
 * fails, it undoes what it did.
 */
export function createPublishLocalRepositoryAction(options: {
  repositories: LocalGitRepositories;
  catalog: CatalogService;
  entityWaitMs?: number;
}) {
  const { repositories, catalog, entityWaitMs = 60_000 } = options;
  return createTemplateAction({
    id: 'golden-path:publish:local',
    description:
      'Publishes the workspace as a git repository on the portal machine and registers it in the catalog.',
    supportsDryRun: true,
    schema: {
      input: {
        name: z => z.string({ description: 'The repository and service name' }),
      },
      output: {
        repositoryPath: z => z.string(),
        cloneCommand: z => z.string(),
        entityRef: z => z.string(),
      },
    },
    async handler(ctx) {
      const name = validateRepositoryName(ctx.input.name);
      const repositoryPath = repositories.pathOf(name);
      if (await repositories.exists(name)) {
        throw new InputError(
          `A repository named ${name} already exists at ${repositoryPath}; pick another name.`,
        );
      }
      const entityRef = await mainEntityRefIn(
        join(ctx.workspacePath, 'catalog-info.yaml'),
      );
      ctx.output('repositoryPath', repositoryPath);
      ctx.output('cloneCommand', `git clone ${repositoryPath}`);
      ctx.output('entityRef', entityRef);
      if (ctx.isDryRun) {
        return;
      }

      ctx.logger.info(`Creating the git repository ${repositoryPath}`);
      await repositories.create({
        name,
        sourceDir: ctx.workspacePath,
        author: authorOf(ctx.user),
        message: `Create ${name} from ${
          ctx.templateInfo?.entityRef ?? 'a golden path'
        }`,
      });
      const credentials = await ctx.getInitiatorCredentials();
      let locationId: string | undefined;
      try {
        ctx.logger.info(`Registering ${entityRef} in the catalog`);
        const { location } = await catalog.addLocation(
          { type: 'file', target: join(repositoryPath, 'catalog-info.yaml') },
          { credentials },
        );
        locationId = location.id;
        await waitForEntity(entityRef, entityWaitMs, () =>
          catalog.getEntityByRef(entityRef, { credentials }),
        );
        ctx.logger.info(`${entityRef} is in the catalog`);
      } catch (error) {
        ctx.logger.error(
          `Registration failed; removing ${repositoryPath} again`,
        );
        if (locationId) {
          await catalog.removeLocationById(locationId, { credentials });
        }
        await repositories.remove(name);
        throw error;
      }
    },
  });
}
