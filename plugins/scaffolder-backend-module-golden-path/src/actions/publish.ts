import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  AuthService,
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { parseAllDocuments } from 'yaml';
import { GithubPublisher } from '../git/GithubPublisher';
import { validateRepositoryName } from '../repositoryName';
import {
  assertNoLinks,
  authorOf,
  LocalGitRepositories,
} from '@internal/plugin-golden-path-node';

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
 * `golden-path:publish`: publishes the workspace as the service's repository
 * and registers its catalog-info.yaml, then waits until the catalog shows
 * the entity. In the embedded default, a git work tree under the portal's
 * data folder, authored by the signed-in user; with
 * `goldenPath.publish.target: github`, a new GitHub repository through
 * publish:github. If any part fails, it undoes what it did.
 */
export function createPublishAction(options: {
  repositories: LocalGitRepositories;
  catalog: CatalogService;
  auth: AuthService;
  github?: GithubPublisher;
  entityWaitMs?: number;
}) {
  const {
    repositories,
    catalog,
    auth,
    github,
    entityWaitMs = 60_000,
  } = options;

  async function register(
    target: { type: string; target: string },
    entityRef: string,
    credentials: BackstageCredentials,
    logger: LoggerService,
  ) {
    let locationId: string | undefined;
    try {
      logger.info(`Registering ${entityRef} in the catalog`);
      const { location } = await catalog.addLocation(target, { credentials });
      locationId = location.id;
      await waitForEntity(entityRef, entityWaitMs, () =>
        catalog.getEntityByRef(entityRef, { credentials }),
      );
      logger.info(`${entityRef} is in the catalog`);
    } catch (error) {
      // Only architects may unregister locations; taking back the one this
      // task just registered is the module's own doing.
      if (locationId) {
        await catalog.removeLocationById(locationId, {
          credentials: await auth.getOwnServiceCredentials(),
        });
      }
      throw error;
    }
  }

  return createTemplateAction({
    id: 'golden-path:publish',
    description:
      "Publishes the workspace as the service's git repository (on the portal machine, or on GitHub when configured) and registers it in the catalog.",
    supportsDryRun: true,
    schema: {
      input: {
        name: z => z.string({ description: 'The repository and service name' }),
        description: z =>
          z.string({ description: 'The repository description' }).optional(),
      },
      output: {
        repository: z => z.string(),
        cloneCommand: z => z.string(),
        entityRef: z => z.string(),
      },
    },
    async handler(ctx) {
      const name = validateRepositoryName(ctx.input.name);
      const entityRef = await mainEntityRefIn(
        join(ctx.workspacePath, 'catalog-info.yaml'),
      );
      const author = authorOf(ctx.user);
      const message = `Create ${name} from ${
        ctx.templateInfo?.entityRef ?? 'a golden path'
      }`;
      ctx.output('entityRef', entityRef);

      if (github) {
        const url = github.repositoryUrl(name);
        ctx.output('repository', url);
        ctx.output('cloneCommand', `git clone ${url}.git`);
        if (ctx.isDryRun) return;
        await assertNoLinks(ctx.workspacePath);
        ctx.logger.info(`Creating the GitHub repository ${url}`);
        const { contentsUrl } = await github.publish(ctx, {
          name,
          description: ctx.input.description ?? message,
          author,
        });
        try {
          await register(
            { type: 'url', target: `${contentsUrl}/catalog-info.yaml` },
            entityRef,
            await ctx.getInitiatorCredentials(),
            ctx.logger,
          );
        } catch (error) {
          ctx.logger.error(`Registration failed; deleting ${url} again`);
          await github
            .remove(name)
            .catch(removal =>
              ctx.logger.error(
                `Could not delete ${url}: ${removal}; delete it by hand`,
              ),
            );
          throw error;
        }
        return;
      }

      const repositoryPath = repositories.pathOf(name);
      if (await repositories.exists(name)) {
        throw new InputError(
          `A repository named ${name} already exists at ${repositoryPath}; pick another name.`,
        );
      }
      ctx.output('repository', repositoryPath);
      ctx.output('cloneCommand', `git clone ${repositoryPath}`);
      if (ctx.isDryRun) return;
      ctx.logger.info(`Creating the git repository ${repositoryPath}`);
      await repositories.create({
        name,
        sourceDir: ctx.workspacePath,
        author,
        message,
      });
      try {
        await register(
          { type: 'file', target: join(repositoryPath, 'catalog-info.yaml') },
          entityRef,
          await ctx.getInitiatorCredentials(),
          ctx.logger,
        );
      } catch (error) {
        ctx.logger.error(
          `Registration failed; removing ${repositoryPath} again`,
        );
        await repositories.remove(name);
        throw error;
      }
    },
  });
}
