export type {
  Adr,
  AdrFormat,
  AdrParseFailure,
  AdrParseResult,
  AdrStatus,
} from './Adr';
export { parseAdr } from './parseAdr';
