export { ReadCache } from './ReadCache';
