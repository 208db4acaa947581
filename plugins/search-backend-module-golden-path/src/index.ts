export { searchModuleGoldenPath as default } from './module';
