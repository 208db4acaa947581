export { main } from './main';
export type { MainOptions } from './main';
export { EXIT_CODES } from './exitCodes';
export type { CheckJson } from './formatJson';
