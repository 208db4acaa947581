export { gitRepositoriesServiceRef } from './gitRepositoriesServiceRef';
export type { GitRepositoriesService } from './gitRepositoriesServiceRef';
export { LocalGitRepositories } from './LocalGitRepositories';
export type { FileChanges, GitAuthor } from './LocalGitRepositories';
export { GithubPullRequests } from './GithubPullRequests';
export type { FileChangeProposal } from './GithubPullRequests';
export type { RepositoryFiles } from './RepositoryFiles';
export { authorOf } from './authorOf';
export { assertNoLinks } from './noLinks';
