import {
  coreServices,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import { GithubPullRequests } from './GithubPullRequests';
import { LocalGitRepositories } from './LocalGitRepositories';

/**
 * Where the portal writes to a service's repository: local git repositories
 * (the embedded default) and pull requests on configured GitHub hosts.
 */
export interface GitRepositoriesService {
  local: LocalGitRepositories;
  pullRequests: GithubPullRequests;
}

/**
 * One instance for the whole backend, so that the scaffolder's actions and
 * the ADR reviews queue their writes to the same local repository together.
 */
export const gitRepositoriesServiceRef =
  createServiceRef<GitRepositoriesService>({
    id: 'golden-path.git-repositories',
    scope: 'root',
    defaultFactory: async service =>
      createServiceFactory({
        service,
        deps: { config: coreServices.rootConfig },
        factory: ({ config }) => ({
          local: LocalGitRepositories.fromConfig(config),
          pullRequests: GithubPullRequests.fromConfig(config),
        }),
      }),
  });
