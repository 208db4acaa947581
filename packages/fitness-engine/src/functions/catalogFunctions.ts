import { alertPoliciesWithoutSection } from '@internal/plugin-runbook-common';
import { FitnessFunction } from './FitnessFunction';
import { fail, notApplicable, pass, plural, warn } from './outcome';

const hasCatalog = ({ catalog }: { catalog?: unknown }) =>
  catalog !== undefined;

/** The owner is a group that exists in the catalog. */
export const ownerIsGroupFunction: FitnessFunction = {
  id: 'owner-is-group',
  title: 'Owned by an existing group',
  category: 'ownership',
  level: 'bronze',
  weight: 2,
  docsPath: 'docs/fitness/owner-is-group.md',
  appliesTo: hasCatalog,
  async evaluate({ catalog }) {
    const owner = catalog!.owner;
    if (!owner) return fail('spec.owner is not set.');
    if (!owner.ref.startsWith('group:')) {
      return fail(`The owner ${owner.ref} is not a group.`);
    }
    return owner.isExistingGroup
      ? pass(`Owned by ${owner.ref}.`)
      : fail(`The owner ${owner.ref} is not in the catalog.`);
  },
};

/**
 * The entity belongs to a system. `spec.system` is optional (in Backstage
 * and in the golden path's form), so an entity without one is not scored.
 */
export const systemIsSetFunction: FitnessFunction = {
  id: 'system-is-set',
  title: 'Part of a system',
  category: 'ownership',
  level: 'bronze',
  weight: 1,
  docsPath: 'docs/fitness/system-is-set.md',
  appliesTo: hasCatalog,
  async evaluate({ catalog }) {
    return catalog!.system
      ? pass(`Part of ${catalog!.system}.`)
      : notApplicable(
          'spec.system is not set; it is optional, and a system would list the service with the rest of its capability.',
        );
  },
};

/** TechDocs is configured and its mkdocs.yml exists. */
export const techdocsFunction: FitnessFunction = {
  id: 'techdocs',
  title: 'TechDocs is configured',
  category: 'documentation',
  level: 'bronze',
  weight: 1,
  docsPath: 'docs/fitness/techdocs.md',
  appliesTo: hasCatalog,
  async evaluate({ catalog, tree }) {
    const ref = catalog!.techdocsRef;
    if (!ref) return fail('No backstage.io/techdocs-ref annotation.');
    if (ref === 'dir:.' || ref === 'dir:./') {
      const mkdocs = tree.files.find(f => /^mkdocs\.ya?ml$/.test(f.path));
      if (!mkdocs) {
        return fail(
          'backstage.io/techdocs-ref is dir:., but there is no mkdocs.yml.',
        );
      }
      return pass('TechDocs builds from mkdocs.yml.', [
        { path: mkdocs.path, message: 'mkdocs configuration' },
      ]);
    }
    return pass(`TechDocs builds from ${ref}.`);
  },
};

const DAY_MS = 86_400_000;

/** At least one ADR, and the newest is recent. */
export function adrsRecordedFunction(maxAgeDays = 365): FitnessFunction {
  return {
    id: 'adrs-recorded',
    title: 'Decisions are recorded in ADRs',
    category: 'documentation',
    level: 'silver',
    weight: 2,
    docsPath: 'docs/fitness/adrs-recorded.md',
    appliesTo: hasCatalog,
    async evaluate({ catalog, now }) {
      const adrs = catalog!.adrs;
      if (!adrs) return fail('No backstage.io/adr-location annotation.');
      const unreadable = adrs.unreadable.map(({ file, reason }) => ({
        path: `${adrs.location}/${file}`,
        message: reason,
      }));
      if (adrs.records.length === 0) {
        return fail(`No ADRs in ${adrs.location}.`, unreadable);
      }
      const dates = adrs.records
        .map(a => a.date)
        .filter((d): d is string => d !== undefined)
        .sort();
      const newest = dates[dates.length - 1];
      const count = plural(adrs.records.length, 'ADR');
      if (!newest) {
        return warn(`${count}, none with a date.`, unreadable);
      }
      const ageDays = Math.floor((now.getTime() - Date.parse(newest)) / DAY_MS);
      if (ageDays > maxAgeDays) {
        return warn(
          `${count}; the newest (${newest}) is ${ageDays} days old, over ${maxAgeDays}.`,
          unreadable,
        );
      }
      return pass(`${count}; the newest is from ${newest}.`, unreadable);
    },
  };
}

/** The runbook has a section for every SLO alert policy. */
export const runbookCoversAlertsFunction: FitnessFunction = {
  id: 'runbook-covers-alerts',
  title: 'The runbook covers every SLO alert',
  category: 'documentation',
  level: 'gold',
  weight: 2,
  docsPath: 'docs/fitness/runbook-covers-alerts.md',
  appliesTo: ({ catalog }) =>
    catalog !== undefined && catalog.slos.some(s => s.alertPolicies.length > 0),
  async evaluate({ catalog }) {
    const policies = [...new Set(catalog!.slos.flatMap(s => s.alertPolicies))];
    const runbook = catalog!.runbook;
    if (!runbook) {
      return fail(
        `No runbook page, and ${plural(
          policies.length,
          'alert policy',
        )} to cover.`,
      );
    }
    const missing = alertPoliciesWithoutSection(runbook.anchors, policies);
    const evidence = missing.map(policy => ({
      path: runbook.path,
      message: `no section "${policy}" for the alert policy ${policy}`,
    }));
    return missing.length === 0
      ? pass(`Every alert policy (${policies.length}) has its runbook section.`)
      : fail(
          `${plural(
            missing.length,
            'alert policy',
          )} without a runbook section.`,
          evidence,
        );
  },
};

/** The service has at least one SLO. */
export const slosDefinedFunction: FitnessFunction = {
  id: 'slos-defined',
  title: 'Service level objectives are defined',
  category: 'operability',
  level: 'silver',
  weight: 2,
  docsPath: 'docs/fitness/slos-defined.md',
  appliesTo: hasCatalog,
  async evaluate({ catalog }) {
    const slos = catalog!.slos;
    return slos.length > 0
      ? pass(
          `${plural(slos.length, 'SLO')}: ${slos.map(s => s.name).join(', ')}.`,
        )
      : fail('No OpenSLO SLO names this component as its service.');
  },
};
