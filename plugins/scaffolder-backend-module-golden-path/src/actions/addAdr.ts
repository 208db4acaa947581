import { posix } from 'node:path';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  adrFileName,
  adrLabel,
  adrReviewPermission,
  ANNOTATION_ADR_LOCATION,
  isAdrFile,
  parseAdr,
  renderMadr4,
  setAdrStatus,
} from '@internal/plugin-adr-common';
import { ADD_DECISION } from '../component/changeKinds';
import {
  ComponentActionDeps,
  componentRepository,
} from '../component/componentRepository';
import { withNav } from '../markdown/mkdocsNav';
import { changeComponent } from '../component/changeComponent';
import {
  authorOf,
  FileChanges,
  RepositoryFiles,
} from '@internal/plugin-golden-path-node';

async function adrFiles(files: RepositoryFiles, folder: string) {
  let names: string[];
  try {
    names = await files.list(folder);
  } catch {
    throw new InputError(
      `The ADR folder ${folder} does not exist in the repository`,
    );
  }
  return names.filter(isAdrFile).sort();
}

/**
 * `golden-path:adr:add`: adds a MADR 4 record to a component's ADR folder
 * with the next free number, for the component's owners and the architects.
 * Only the ADR reviewers may add one as accepted or mark an older record
 * superseded. The
 * number is taken while the repository is locked, so two records added at
 * the same moment never share one. On GitHub the record is a pull request,
 * and its review settles a clash of numbers.
 */
export function createAddAdrAction(
  options: ComponentActionDeps & { now?: () => Date },
) {
  const {
    repositories,
    pullRequests,
    catalog,
    permissions,
    now = () => new Date(),
  } = options;
  return createTemplateAction({
    id: 'golden-path:adr:add',
    description:
      "Adds a MADR 4 architecture decision record, numbered after the component's newest, to the component's repository.",
    schema: {
      input: {
        component: z => z.string({ description: 'The component entity ref' }),
        title: z => z.string().min(3).max(120),
        status: z => z.enum(['proposed', 'accepted']).default('proposed'),
        context: z => z.string().min(1),
        options: z => z.array(z.string().min(1)).min(1),
        chosen: z => z.string().min(1),
        because: z => z.string().min(1),
        consequences: z => z.string().min(1),
        decisionMakers: z => z.array(z.string().min(1)).default([]),
        supersedes: z => z.number().int().positive().optional(),
      },
      output: {
        entityRef: z => z.string(),
        number: z => z.number(),
        path: z => z.string(),
        commit: z => z.string().optional(),
        pullRequestUrl: z => z.string().optional(),
      },
    },
    async handler(ctx) {
      const input = ctx.input;
      if (!input.options.includes(input.chosen)) {
        throw new InputError(
          `The chosen option "${input.chosen}" is not one of the considered options`,
        );
      }
      const credentials = await ctx.getInitiatorCredentials();
      if (input.status === 'accepted' || input.supersedes) {
        const [review] = await permissions.authorize(
          [{ permission: adrReviewPermission }],
          { credentials },
        );
        if (review.result !== AuthorizeResult.ALLOW) {
          throw new NotAllowedError(
            'Only the ADR reviewers may record a decision as accepted or mark one superseded: add it as proposed, and they review it at /decisions. Nothing was written.',
          );
        }
      }
      const repo = await componentRepository({
        entityRef: input.component,
        catalog,
        credentials,
        permissions,
        change: ADD_DECISION,
        repositories,
        pullRequests,
      });
      const adrLocation =
        repo.entity.metadata.annotations?.[ANNOTATION_ADR_LOCATION];
      if (!adrLocation) {
        throw new InputError(
          `${repo.entityRef} has no ADR folder: set the ${ANNOTATION_ADR_LOCATION} annotation in its catalog-info.yaml first`,
        );
      }
      const folder = posix.normalize(posix.join(repo.folder, adrLocation));
      let added = { number: 0, path: '' };
      const { commit, pullRequestUrl } = await changeComponent(repo, options, {
        branch: `adr/${Date.now().toString(36)}`,
        author: authorOf(ctx.user),
        message: `Add ADR: ${input.title}`,
        edit: async repository => {
          const files = await adrFiles(repository, folder);
          const numbers = files.map(f => Number(f.slice(0, 4)));
          const number = Math.max(0, ...numbers) + 1;
          const path = posix.join(folder, adrFileName(number, input.title));
          const changes: FileChanges = {
            [path]: renderMadr4({
              ...input,
              date: now().toISOString().slice(0, 10),
            }),
          };
          if (input.supersedes) {
            const old = files.find(
              f => Number(f.slice(0, 4)) === input.supersedes,
            );
            if (!old) {
              throw new InputError(
                `${repo.entityRef} has no ADR ${input.supersedes} to supersede`,
              );
            }
            const markdown = await repository.read(posix.join(folder, old));
            const parsed = parseAdr(old, markdown);
            if (!parsed.ok) {
              throw new InputError(
                `cannot mark ${old} superseded: ${parsed.failure.warning}`,
              );
            }
            changes[posix.join(folder, old)] = setAdrStatus(
              markdown,
              parsed.adr.format,
              `superseded by ${adrLabel(number)}`,
            );
          }
          const mkdocsPath = posix.join(repo.folder, 'mkdocs.yml');
          const mkdocs = (await repository.exists(mkdocsPath))
            ? await repository.read(mkdocsPath)
            : undefined;
          const nav =
            mkdocs &&
            withNav(mkdocs, [
              {
                path: posix.relative(posix.join(repo.folder, 'docs'), path),
                section: 'Decisions',
              },
            ]);
          if (nav) changes[mkdocsPath] = nav;
          added = { number, path };
          return changes;
        },
      });
      ctx.logger.info(
        `Added ${added.path} to ${repo.entityRef}: ${commit ?? pullRequestUrl}`,
      );
      ctx.output('entityRef', stringifyEntityRef(repo.entity));
      ctx.output('number', added.number);
      ctx.output('path', added.path);
      if (commit) ctx.output('commit', commit);
      if (pullRequestUrl) ctx.output('pullRequestUrl', pullRequestUrl);
    },
  });
}
