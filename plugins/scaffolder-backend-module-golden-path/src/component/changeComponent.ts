import { ComponentRepository } from './componentRepository';
import {
  FileChanges,
  GitAuthor,
  GithubPullRequests,
  LocalGitRepositories,
  RepositoryFiles,
} from '@internal/plugin-golden-path-node';

/** How a change reached the component's repository. */
export type ComponentChange = {
  files: string[];
  /** The merge commit, for a repository the portal hosts. */
  commit?: string;
  /** The pull request, for a repository on GitHub. */
  pullRequestUrl?: string;
};

/**
 * Writes what `edit` returns into the component's repository: a branch
 * merged into main where the portal hosts it, a pull request on GitHub.
 * `edit` reads the repository as it stands (locked, for a hosted one).
 */
export async function changeComponent(
  target: ComponentRepository,
  deps: {
    repositories: LocalGitRepositories;
    pullRequests: GithubPullRequests;
  },
  change: {
    branch: string;
    author: GitAuthor;
    message: string;
    edit: (files: RepositoryFiles) => Promise<FileChanges>;
  },
): Promise<ComponentChange> {
  if (target.host.kind === 'local') {
    return deps.repositories.change({ name: target.host.name, ...change });
  }
  const { url } = target.host;
  const changes = await change.edit(deps.pullRequests.filesAt(url));
  const pull = await deps.pullRequests.proposeChanges({
    url,
    changes,
    branch: change.branch,
    title: change.message,
    body: `${change.author.name} asked for this change in the developer portal (${target.entityRef}).`,
    author: change.author,
  });
  return { files: Object.keys(changes), pullRequestUrl: pull.url };
}
