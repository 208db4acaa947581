export {
  ANNOTATION_RUNBOOK,
  headingAnchor,
  runbookPagePath,
  splitRunbook,
} from './runbookPage';
export type { RunbookSection } from './runbookPage';
