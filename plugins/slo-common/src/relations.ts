export const OPENSLO_API_VERSION = 'openslo/v1';

/** From an SLO to the Component named by its spec.service. */
export const RELATION_SLO_OF = 'sloOf';
/** From a Component to each of its SLOs. */
export const RELATION_HAS_SLO = 'hasSlo';
