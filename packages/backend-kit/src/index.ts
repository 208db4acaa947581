export {
  entityName,
  entityNamespace,
  entityParams,
  entityRefString,
  parseInput,
} from './routeInput';
export { durationMsFromConfig, scheduleFromConfig } from './configDefaults';
export { ReadDecisions } from './readDecisions';
