export { adrPlugin as default } from './plugin';
export { readEntityAdrs } from './service/readEntityAdrs';
export type { EntityAdrs } from './service/readEntityAdrs';
