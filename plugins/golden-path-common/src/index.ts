export {
  ANNOTATION_SOURCE_TEMPLATE,
  ANNOTATION_TEMPLATE_VERSION,
  provenanceOf,
} from './provenance';
export type { Provenance } from './provenance';
