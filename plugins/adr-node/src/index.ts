export { adrFolderOf, readAdrFolder, readEntityAdrs } from './readAdrFolder';
export type { EntityAdrs } from './readAdrFolder';
