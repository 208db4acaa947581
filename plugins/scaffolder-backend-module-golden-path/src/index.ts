export { scaffolderModuleGoldenPath as default } from './module';
