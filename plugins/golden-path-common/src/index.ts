export {
  ANNOTATION_SOURCE_TEMPLATE,
  ANNOTATION_TEMPLATE_VERSION,
  provenanceOf,
} from './provenance';
export type { Provenance } from './provenance';
export { templateDrift } from './templateDrift';
export { componentChangePermission } from './permissions';
export { pluralName, snakeCase, withArticle } from './inflection';
export {
  aggregateNameProblem,
  MAX_SERVICE_NAME_LENGTH,
  moduleNameProblem,
  serviceNameProblem,
} from './names';
export { markdownText, quotedString } from './escaping';
