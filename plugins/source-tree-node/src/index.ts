export type { ForEntityOptions, SourceTreeService } from './SourceTreeService';
export {
  DefaultSourceTreeService,
  sourceTreeServiceRef,
} from './SourceTreeService';
export {
  ANNOTATION_SOURCE_SUBPATH,
  entitySourceLocation,
} from './entitySourceLocation';
