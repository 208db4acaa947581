export const OPENSLO_API_VERSION = 'openslo/v1';

/** From an SLO to the Component named by its spec.service. */
export const RELATION_SLO_OF = 'sloOf';
/** From a Component to each of its SLOs. */
export const RELATION_HAS_SLO = 'hasSlo';
/**
 * On an SLO that is not related to its component: why (the component is not
 * in the catalog yet, or another team registered it).
 */
export const ANNOTATION_SLO_NOT_ATTACHED = 'golden-path/slo-not-attached';
/**
 * On an OpenSLO entity: its labels that the catalog's labels cannot hold (a
 * list, or text beyond a label value), as JSON, as written.
 */
export const ANNOTATION_OPENSLO_LABELS = 'golden-path/openslo-labels';
