export { catalogModuleFitness as default } from './module';
