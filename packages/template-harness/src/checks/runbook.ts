import { parseAllDocuments } from 'yaml';
import { Check } from '../HarnessFailure';

const RUNBOOK = 'docs/runbook.md';

/** The runbook has a section, headed by the policy's name, for every SLO alert policy. */
export const runbook: Check = async service => {
  if (!service.files.includes(RUNBOOK)) {
    return [{ check: 'runbook', file: RUNBOOK, message: 'is missing' }];
  }
  const headings = new Set(
    (await service.read(RUNBOOK))
      .split('\n')
      .filter(line => /^#{2,4} /.test(line))
      .map(line => line.replace(/^#+ /, '').trim()),
  );
  const policies = service.files.includes('openslo.yaml')
    ? parseAllDocuments(await service.read('openslo.yaml'))
        .map(doc => doc.toJS())
        .filter(doc => doc?.kind === 'AlertPolicy')
    : [];
  if (policies.length === 0) {
    return [
      { check: 'runbook', file: 'openslo.yaml', message: 'has no AlertPolicy' },
    ];
  }
  return policies
    .filter(policy => !headings.has(policy.metadata?.name))
    .map(policy => ({
      check: 'runbook',
      file: RUNBOOK,
      message: `has no section headed "${policy.metadata?.name}" for that alert policy`,
    }));
};
