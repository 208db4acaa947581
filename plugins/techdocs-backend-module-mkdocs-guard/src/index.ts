export { techdocsModuleMkdocsGuard as default } from './module';
