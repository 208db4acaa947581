import { dirname, join, resolve } from 'node:path';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  ConflictError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import {
  ANNOTATION_ADR_LOCATION,
  isAdrFile,
  parseAdr,
  setAdrStatus,
} from '@internal/plugin-adr-common';
import {
  entitySourceLocation,
  SourceTreeService,
} from '@internal/plugin-source-tree-node';
import {
  GitAuthor,
  LocalGitRepositories,
} from '@internal/plugin-scaffolder-backend-module-golden-path';
import { adrFolderOf } from './readEntityAdrs';

export type ReviewDecision = 'accepted' | 'rejected';

/**
 * Accepts or rejects a proposed ADR by committing the new status to the
 * service's repository, authored by the reviewer. Only repositories the
 * portal hosts (the embedded default's data/repos) can be written here.
 */
export async function reviewAdr(options: {
  entity: Entity;
  file: string;
  decision: ReviewDecision;
  reviewer: GitAuthor;
  sourceTree: SourceTreeService;
  repositories: LocalGitRepositories;
}) {
  const { entity, file, decision, reviewer, sourceTree, repositories } =
    options;
  const entityRef = stringifyEntityRef(entity);
  const tree = await adrFolderOf(entity, sourceTree);
  if (!isAdrFile(file) || !tree.files.some(f => f.path === file)) {
    throw new NotFoundError(`${entityRef} has no ADR ${file}`);
  }
  const markdown = await tree.readText(file);
  const parsed = parseAdr(file, markdown);
  if (!parsed.ok) {
    throw new ConflictError(parsed.failure.warning);
  }
  if (parsed.adr.status !== 'proposed') {
    throw new ConflictError(
      `${file} is ${parsed.adr.status}; only a proposed ADR can be reviewed`,
    );
  }

  const { type, target, inside } = entitySourceLocation(
    entity,
    entity.metadata.annotations?.[ANNOTATION_ADR_LOCATION],
  );
  const path = join(dirname(resolve(target)), inside, file);
  const repository = type === 'file' ? repositories.locate(path) : undefined;
  if (!repository) {
    throw new NotAllowedError(
      `${entityRef} is read-only in the portal: its ADRs live in ${dirname(
        path,
      )}, not in a repository the portal hosts under ${
        repositories.root
      }. Change the status by a pull request to its repository.`,
    );
  }
  const updated = setAdrStatus(markdown, parsed.adr.format, decision);
  if (updated === undefined) {
    throw new ConflictError(`${file} has no status line to change`);
  }
  const verb = decision === 'accepted' ? 'Accept' : 'Reject';
  const commit = await repositories.commitFile({
    name: repository.name,
    path: repository.inside,
    content: updated,
    author: reviewer,
    message: `${verb} ADR ${parsed.adr.number ?? file}: ${parsed.adr.title}`,
  });
  const result = parseAdr(file, updated);
  return { commit, adr: result.ok ? result.adr : parsed.adr };
}
