export {
  ANNOTATION_SOURCE_TEMPLATE,
  ANNOTATION_TEMPLATE_VERSION,
  provenanceOf,
} from './provenance';
export type { Provenance } from './provenance';
export { templateDrift } from './templateDrift';
export type { TemplateDriftReport } from '@internal/fitness-engine';
export { componentChangePermission } from './permissions';
export { pluralName, snakeCase, withArticle } from './inflection';
export {
  aggregateNameProblem,
  MAX_SERVICE_NAME_LENGTH,
  moduleNameProblem,
  serviceNameProblem,
} from './names';
export { markdownText, quotedString } from './escaping';
