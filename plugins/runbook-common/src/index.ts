export {
  ANNOTATION_RUNBOOK,
  DEFAULT_RUNBOOK_PATH,
  runbookDocsHref,
  runbookFilePath,
  runbookPagePath,
  runbookSection,
} from './runbookPage';
export {
  alertPoliciesWithoutSection,
  headingAnchor,
  splitRunbook,
} from './runbookSections';
export type { RunbookSection } from './runbookSections';
export { isFence, markdownHeading } from './markdownHeading';
