export { default } from './plugin';
export { fitnessCatalogColumns } from './catalogColumns';
