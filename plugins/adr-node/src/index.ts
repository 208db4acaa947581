export { adrFolderOf, readAdrFolder, readEntityAdrs } from './readAdrFolder';
