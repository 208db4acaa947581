export {
  ANNOTATION_SOURCE_TEMPLATE,
  ANNOTATION_TEMPLATE_VERSION,
  provenanceOf,
} from './provenance';
export type { Provenance } from './provenance';
export { templateDrift } from './templateDrift';
export type { TemplateDriftReport } from '@internal/fitness-engine';
export { componentChangePermission } from './permissions';
