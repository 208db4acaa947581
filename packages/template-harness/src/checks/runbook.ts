import {
  alertPoliciesWithoutSection,
  DEFAULT_RUNBOOK_PATH,
  splitRunbook,
} from '@internal/plugin-runbook-common';
import { parseAllDocuments } from 'yaml';
import { Check } from '../HarnessFailure';

/** The runbook has a section for every SLO alert policy: the rule the fitness function and the alert links follow. */
export const runbook: Check = async service => {
  if (!service.files.includes(DEFAULT_RUNBOOK_PATH)) {
    return [
      { check: 'runbook', file: DEFAULT_RUNBOOK_PATH, message: 'is missing' },
    ];
  }
  const anchors = splitRunbook(await service.read(DEFAULT_RUNBOOK_PATH)).map(
    section => section.anchor,
  );
  const policies = service.files.includes('openslo.yaml')
    ? parseAllDocuments(await service.read('openslo.yaml'))
        .map(doc => doc.toJS())
        .filter(doc => doc?.kind === 'AlertPolicy')
        .map(policy => String(policy.metadata?.name))
    : [];
  if (policies.length === 0) {
    return [
      { check: 'runbook', file: 'openslo.yaml', message: 'has no AlertPolicy' },
    ];
  }
  return alertPoliciesWithoutSection(anchors, policies).map(policy => ({
    check: 'runbook',
    file: DEFAULT_RUNBOOK_PATH,
    message: `has no section for the alert policy "${policy}"`,
  }));
};
