export { fitnessPlugin as default } from './plugin';
