export type {
  FileInspection,
  InspectionCache,
  SourceFile,
  SourceTree,
  SourceTreeLimits,
  SourceTreeWarning,
} from './SourceTree';
export { DEFAULT_SOURCE_TREE_LIMITS } from './SourceTree';
export { readLocalSourceTree } from './readLocalSourceTree';
export { ConfinedRoots, isInside } from './ConfinedRoots';
export { readLocalTextFile } from './readLocalTextFile';
