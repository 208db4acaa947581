export { catalogModuleLocalRepos as default } from './module';
