export { adrPlugin as default } from './plugin';
