export {
  entityName,
  entityNamespace,
  entityParams,
  entityRefString,
  pageQuery,
  parseInput,
} from './routeInput';
export { durationMsFromConfig, scheduleFromConfig } from './configDefaults';
export { ReadDecisions } from './readDecisions';
