import { join, posix } from 'node:path';
import { ConflictError, InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { readLocalSourceTree } from '@internal/source-tree';
import {
  ComponentActionDeps,
  componentRepository,
} from '../component/componentRepository';
import { changeComponent } from '../component/changeComponent';
import { WRITE_FILES } from '../component/changeKinds';
import { mergeSections } from '../markdown/mergeSections';
import { withNav } from '../markdown/mkdocsNav';
import { authorOf, FileChanges } from '@internal/plugin-golden-path-node';

/**
 * `golden-path:component:commit`: writes the files the template generated
 * into an existing component's repository, next to its catalog-info.yaml,
 * as a branch merged into main (a pull request on GitHub), for an owner of
 * the component. An existing file
 * is refused, or, with
 * `existing: extend`, kept and extended with the Markdown sections it lacks.
 */
export function createCommitToComponentAction(options: ComponentActionDeps) {
  const { repositories, pullRequests, catalog, permissions } = options;
  return createTemplateAction({
    id: 'golden-path:component:commit',
    description:
      "Commits the workspace's files to an existing component's repository (a branch merged into main).",
    schema: {
      input: {
        component: z => z.string({ description: 'The component entity ref' }),
        sourcePath: z => z.string().default('.'),
        message: z => z.string().min(1),
        existing: z => z.enum(['refuse', 'extend']).default('refuse'),
        nav: z =>
          z
            .array(z.object({ title: z.string(), path: z.string() }))
            .default([]),
      },
      output: {
        entityRef: z => z.string(),
        commit: z => z.string().optional(),
        pullRequestUrl: z => z.string().optional(),
        files: z => z.array(z.string()),
      },
    },
    async handler(ctx) {
      const { input } = ctx;
      const repo = await componentRepository({
        entityRef: input.component,
        catalog,
        credentials: await ctx.getInitiatorCredentials(),
        permissions,
        change: WRITE_FILES,
        repositories,
        pullRequests,
      });
      const source = await readLocalSourceTree(
        join(ctx.workspacePath, input.sourcePath),
      );
      if (source.files.length === 0) {
        throw new InputError('The template generated no file to commit');
      }
      const { commit, pullRequestUrl, files } = await changeComponent(
        repo,
        options,
        {
          branch: `portal/${
            ctx.templateInfo?.entity?.metadata.name ?? 'change'
          }-${Date.now().toString(36)}`,
          author: authorOf(ctx.user),
          message: input.message,
          edit: async repository => {
            const changes: FileChanges = {};
            for (const file of source.files) {
              const path = posix.join(repo.folder, file.path);
              const generated = await source.readText(file.path);
              if (!(await repository.exists(path))) {
                changes[path] = generated;
              } else if (input.existing === 'extend' && path.endsWith('.md')) {
                changes[path] = mergeSections(
                  await repository.read(path),
                  generated,
                );
              } else {
                throw new ConflictError(
                  `${repo.entityRef} already has ${path}; nothing was changed`,
                );
              }
            }
            const mkdocsPath = posix.join(repo.folder, 'mkdocs.yml');
            if (input.nav.length && (await repository.exists(mkdocsPath))) {
              const mkdocs = withNav(
                await repository.read(mkdocsPath),
                input.nav,
              );
              if (mkdocs) changes[mkdocsPath] = mkdocs;
            }
            return changes;
          },
        },
      );
      ctx.logger.info(
        `Wrote ${files.join(', ')} to ${repo.entityRef}: ${
          commit ?? pullRequestUrl
        }`,
      );
      ctx.output('entityRef', repo.entityRef);
      if (commit) ctx.output('commit', commit);
      if (pullRequestUrl) ctx.output('pullRequestUrl', pullRequestUrl);
      ctx.output('files', files);
    },
  });
}
