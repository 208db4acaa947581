export { scaffolderModuleGoldenPath as default } from './module';
export { LocalGitRepositories } from './git/LocalGitRepositories';
export type { GitAuthor } from './git/LocalGitRepositories';
export { GithubPullRequests } from './git/GithubPullRequests';
export type { FileChangeProposal } from './git/GithubPullRequests';
