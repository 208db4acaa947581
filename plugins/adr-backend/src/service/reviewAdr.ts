import { dirname, join, posix, resolve } from 'node:path';
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
  GithubPullRequests,
  LocalGitRepositories,
} from '@internal/plugin-golden-path-node';
import { adrFolderOf } from '@internal/plugin-adr-node';

export type ReviewDecision = 'accepted' | 'rejected';

/**
 * Accepts or rejects a proposed ADR by writing the new status to the
 * service's repository, authored by the reviewer: a commit when the portal
 * hosts the repository (the embedded default's data/repos), a pull request
 * when it is on a configured GitHub integration. Anything else is read-only.
 */
export async function reviewAdr(
  review: {
    entity: Entity;
    file: string;
    decision: ReviewDecision;
    reviewer: GitAuthor;
  },
  deps: {
    sourceTree: SourceTreeService;
    repositories: LocalGitRepositories;
    pullRequests: GithubPullRequests;
  },
) {
  const { entity, file, decision, reviewer } = review;
  const { sourceTree, repositories, pullRequests } = deps;
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
  if (parsed.adr.status !== 'proposed' && parsed.adr.status !== 'none') {
    throw new ConflictError(
      `${file} is ${parsed.adr.status}; only a proposed ADR, or one that states no status, can be reviewed`,
    );
  }

  const updated = setAdrStatus(markdown, parsed.adr.format, decision);
  const reviewed = parseAdr(file, updated);
  const adr = reviewed.ok ? reviewed.adr : parsed.adr;
  const verb = decision === 'accepted' ? 'Accept' : 'Reject';
  const message = `${verb} ADR ${parsed.adr.number ?? file}: ${
    parsed.adr.title
  }`;

  const { type, target, inside } = entitySourceLocation(
    entity,
    entity.metadata.annotations?.[ANNOTATION_ADR_LOCATION],
  );
  const stem = file.replace(/\.md$/, '');
  const branch = `adr-review/${stem}-${decision}-${Date.now().toString(36)}`;
  if (type === 'url' && pullRequests.handles(target)) {
    const pullRequest = await pullRequests.propose({
      fileUrl: pullRequests.resolve(posix.join(inside, file), target),
      content: updated,
      branch,
      title: message,
      body: `${reviewer.name} ${decision} this decision in the developer portal.`,
      author: reviewer,
    });
    return { pullRequestUrl: pullRequest.url, adr };
  }
  const path = join(dirname(resolve(target)), inside, file);
  const repository = type === 'file' ? repositories.locate(path) : undefined;
  if (!repository) {
    throw new NotAllowedError(
      `${entityRef} is read-only in the portal: its ADRs live in ${
        type === 'file' ? dirname(path) : target
      }, which is neither a repository the portal hosts under ${
        repositories.root
      } nor on a configured GitHub integration. Change the status by a pull request to its repository.`,
    );
  }
  const { commit } = await repositories.change({
    name: repository.name,
    branch,
    author: reviewer,
    message,
    edit: async () => ({ [repository.inside]: updated }),
  });
  return { commit, adr };
}
