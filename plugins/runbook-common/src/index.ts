export {
  ANNOTATION_RUNBOOK,
  headingAnchor,
  runbookDocsHref,
  runbookPagePath,
  splitRunbook,
} from './runbookPage';
export type { RunbookSection } from './runbookPage';
