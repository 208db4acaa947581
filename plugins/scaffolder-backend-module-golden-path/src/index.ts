export { scaffolderModuleGoldenPath as default } from './module';
export { LocalGitRepositories } from './git/LocalGitRepositories';
export type { GitAuthor } from './git/LocalGitRepositories';
