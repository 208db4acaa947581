export type {
  Adr,
  AdrFormat,
  AdrParseFailure,
  AdrParseResult,
  AdrStatus,
  IndexedAdr,
} from './Adr';
export { ADR_STATUSES, ADR_STATUS_VALUES } from './Adr';
export { parseAdr } from './parseAdr';
export {
  adrLabel,
  ANNOTATION_ADR_LOCATION,
  collectAdrs,
  isAdrFile,
} from './collectAdrs';
export {
  adrIndexReadPermission,
  adrPermissions,
  adrRecordCreatePermission,
  adrReviewPermission,
} from './permissions';
export { setAdrStatus } from './setAdrStatus';
export { adrFileName, renderMadr4 } from './renderMadr4';
export type { NewAdr } from './renderMadr4';
export type {
  AdrIndexFilter,
  AdrIndexPage,
  EntityAdrs,
  ReviewOutcome,
} from './wire';
