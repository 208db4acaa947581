export * from './SourceTree';
export { readLocalSourceTree } from './readLocalSourceTree';
export { ConfinedRoots, isInside } from './ConfinedRoots';
export { readLocalTextFile } from './readLocalTextFile';
