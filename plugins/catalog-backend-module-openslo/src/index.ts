export { catalogModuleOpenslo as default } from './module';
