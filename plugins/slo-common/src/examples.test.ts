import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { OPENSLO_API_VERSION } from './relations';
import { describeProblems, validateOpenslo } from './openslo/validateOpenslo';

const root = resolve(__dirname, '../../..');
const servicesDir = join(root, 'examples/services');
const dataSourcesFile = join(root, 'examples/openslo-datasources.yaml');
const services = readdirSync(servicesDir, { withFileTypes: true })
  .filter(entry => entry.isDirectory())
  .map(entry => entry.name)
  .sort();

interface Doc {
  apiVersion: string;
  kind: string;
  metadata: { name: string; displayName?: string };
  spec: any;
}

interface Loaded {
  /** The service directory the file lives in; undefined for the shared data sources. */
  service?: string;
  file: string;
  docs: Doc[];
}

function readYaml(path: string): any[] {
  return parseAllDocuments(readFileSync(path, 'utf8')).map(doc => {
    if (doc.errors.length) {
      throw new Error(`${path}: ${doc.errors.map(e => e.message).join('; ')}`);
    }
    return doc.toJS();
  });
}

const files: Loaded[] = [
  ...services.map(service => {
    const file = join(servicesDir, service, 'openslo.yaml');
    return { service, file, docs: existsSync(file) ? readYaml(file) : [] };
  }),
  { file: dataSourcesFile, docs: readYaml(dataSourcesFile) },
];
const allDocs = files.flatMap(f => f.docs.map(doc => ({ ...f, doc })));
const byName = new Map(allDocs.map(d => [d.doc.metadata.name, d.doc]));
const relative = (path: string) => path.slice(root.length + 1);

function ofKind(loaded: Loaded, kind: string): Doc[] {
  return loaded.docs.filter(doc => doc.kind === kind);
}

/** Names of inline objects (indicators, conditions) that are not documents of their own. */
function inlineNames(doc: Doc): string[] {
  const names: string[] = [];
  if (doc.kind === 'SLO' && doc.spec.indicator) {
    names.push(doc.spec.indicator.metadata.name);
  }
  for (const objective of doc.kind === 'SLO' ? doc.spec.objectives : []) {
    if (objective.indicator) names.push(objective.indicator.metadata.name);
  }
  const inline = (items: any[] | undefined) =>
    (items ?? []).filter(item => item.kind).map(item => item.metadata.name);
  if (doc.kind === 'AlertPolicy') {
    names.push(...inline(doc.spec.conditions));
    names.push(...inline(doc.spec.notificationTargets));
  }
  if (doc.kind === 'SLO') names.push(...inline(doc.spec.alertPolicies));
  return names;
}

/** Every metricSource in an SLI spec, wherever it sits. */
function metricSources(sliSpec: any): any[] {
  const sides = [
    sliSpec.thresholdMetric,
    ...Object.values(sliSpec.ratioMetric ?? {}),
  ];
  return sides
    .filter(side => typeof side === 'object' && side?.metricSource)
    .map(side => side.metricSource);
}

function sliSpecs(doc: Doc): any[] {
  if (doc.kind === 'SLI') return [doc.spec];
  if (doc.kind !== 'SLO') return [];
  return [
    doc.spec.indicator,
    ...doc.spec.objectives.map((o: any) => o.indicator),
  ]
    .filter(Boolean)
    .map(indicator => indicator.spec);
}

/** The `### ` headings under `## Alerts`, up to the next `## ` heading. */
function alertHeadings(markdown: string): string[] {
  const headings: string[] = [];
  let inAlerts = false;
  for (const line of markdown.split('\n')) {
    if (/^##\s/.test(line)) inAlerts = /^##\s+Alerts\s*$/.test(line);
    else if (inAlerts && /^###\s/.test(line)) {
      headings.push(line.replace(/^###\s+/, '').trim());
    }
  }
  return headings;
}

describe('the example services’ OpenSLO documents', () => {
  it('covers every example service', () => {
    expect(services.length).toBeGreaterThan(0);
    const empty = files
      .filter(f => f.docs.length === 0)
      .map(f => relative(f.file));
    expect(empty).toEqual([]);
  });

  it.each(
    allDocs.map(d => [
      `${relative(d.file)} ${d.doc.kind} ${d.doc.metadata?.name}`,
      d.doc,
    ]),
  )('%s is valid OpenSLO v1', (_, doc) => {
    expect(doc.apiVersion).toBe(OPENSLO_API_VERSION);
    expect(typeof doc.metadata.displayName).toBe('string');
    expect(describeProblems(validateOpenslo(doc))).toBe('');
  });

  it('uses names that are unique across all files and prefixed with their service', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    const unprefixed: string[] = [];
    for (const { service, file, doc } of allDocs) {
      for (const name of [doc.metadata.name, ...inlineNames(doc)]) {
        const where = `${relative(file)} ${name}`;
        if (seen.has(name))
          duplicates.push(`${where} (also in ${seen.get(name)})`);
        seen.set(name, relative(file));
        if (service && !name.startsWith(`${service}-`)) unprefixed.push(where);
      }
    }
    expect(duplicates).toEqual([]);
    expect(unprefixed).toEqual([]);
  });

  it('points every reference at a document of the right kind', () => {
    const broken: string[] = [];
    const expectKind = (
      from: string,
      ref: string | undefined,
      kind: string,
    ) => {
      if (ref === undefined) return;
      const target = byName.get(ref);
      if (target?.kind !== kind) {
        broken.push(
          `${from} -> ${kind} ${ref} (${
            target ? `a ${target.kind}` : 'missing'
          })`,
        );
      }
    };
    for (const { doc } of allDocs) {
      const from = `${doc.kind} ${doc.metadata.name}`;
      if (doc.kind === 'SLO') {
        expectKind(from, doc.spec.indicatorRef, 'SLI');
        for (const objective of doc.spec.objectives) {
          expectKind(from, objective.indicatorRef, 'SLI');
        }
        for (const policy of doc.spec.alertPolicies ?? []) {
          expectKind(from, policy.alertPolicyRef, 'AlertPolicy');
        }
      }
      if (doc.kind === 'AlertPolicy') {
        for (const condition of doc.spec.conditions) {
          expectKind(from, condition.conditionRef, 'AlertCondition');
        }
        for (const target of doc.spec.notificationTargets ?? []) {
          expectKind(from, target.targetRef, 'AlertNotificationTarget');
        }
      }
      for (const source of sliSpecs(doc).flatMap(metricSources)) {
        expectKind(from, source.metricSourceRef, 'DataSource');
      }
    }
    expect(broken).toEqual([]);
  });

  it.each(services)(
    '%s: SLOs name the component and follow the conventions',
    service => {
      const loaded = files.find(f => f.service === service)!;
      const component = readYaml(
        join(servicesDir, service, 'catalog-info.yaml'),
      ).find(entity => entity.kind === 'Component');
      const slos = ofKind(loaded, 'SLO');
      expect(slos.map(slo => slo.metadata.name)).toEqual(
        expect.arrayContaining([
          `${service}-availability`,
          `${service}-latency-p95`,
        ]),
      );
      for (const slo of slos) {
        expect(slo.spec.service).toBe(component.metadata.name);
        expect(slo.spec.budgetingMethod).toBe('Occurrences');
        expect(slo.spec.timeWindow).toEqual([
          { duration: '30d', isRolling: true },
        ]);
        expect(slo.spec.alertPolicies?.length).toBeGreaterThan(0);
        const [objective] = slo.spec.objectives;
        const target = objective.target ?? objective.targetPercent / 100;
        const expected = {
          availability: 0.999,
          'latency-p95': 0.95,
          'latency-p99': 0.99,
        }[slo.metadata.name.slice(service.length + 1)];
        expect({ slo: slo.metadata.name, target }).toEqual({
          slo: slo.metadata.name,
          target: expect.closeTo(expected ?? NaN, 10),
        });
      }
      const policies = ofKind(loaded, 'AlertPolicy');
      for (const policy of policies) {
        const [condition] = policy.spec.conditions;
        const spec = condition.conditionRef
          ? byName.get(condition.conditionRef)!.spec
          : condition.spec;
        const expected = policy.metadata.name.endsWith('-slow-burn')
          ? {
              severity: 'ticket',
              threshold: 1,
              lookbackWindow: '3d',
              alertAfter: '1h',
            }
          : {
              severity: 'page',
              threshold: 14.4,
              lookbackWindow: '1h',
              alertAfter: '2m',
            };
        expect({
          policy: policy.metadata.name,
          ...spec.condition,
          severity: spec.severity,
        }).toEqual({
          policy: policy.metadata.name,
          kind: 'burnrate',
          op: 'gte',
          ...expected,
        });
      }
      const targets = ofKind(loaded, 'AlertNotificationTarget');
      expect(targets.map(t => t.metadata.name)).toEqual([`${service}-oncall`]);
    },
  );

  it('shows both forms of targets, ratios and conditions somewhere', () => {
    const objectives = allDocs
      .filter(d => d.doc.kind === 'SLO')
      .flatMap(d => d.doc.spec.objectives);
    expect(objectives.some(o => o.target !== undefined)).toBe(true);
    expect(objectives.some(o => o.targetPercent !== undefined)).toBe(true);
    const ratios = allDocs
      .flatMap(d => sliSpecs(d.doc))
      .map(spec => spec.ratioMetric);
    expect(ratios.some(r => r?.good && r.total)).toBe(true);
    expect(ratios.some(r => r?.bad && r.total)).toBe(true);
    const conditions = allDocs
      .filter(d => d.doc.kind === 'AlertPolicy')
      .flatMap(d => d.doc.spec.conditions);
    expect(conditions.some(c => c.conditionRef)).toBe(true);
    expect(conditions.some(c => c.kind === 'AlertCondition')).toBe(true);
  });

  it.each(services)(
    '%s: the runbook has exactly one section per alert policy',
    service => {
      const loaded = files.find(f => f.service === service)!;
      const policies = ofKind(loaded, 'AlertPolicy')
        .map(p => p.metadata.name)
        .sort();
      const runbook = readFileSync(
        join(servicesDir, service, 'docs/runbook.md'),
        'utf8',
      );
      expect(alertHeadings(runbook).sort()).toEqual(policies);
    },
  );

  it.each(services)(
    '%s: catalog-info.yaml has a Location for ./openslo.yaml',
    service => {
      const entities = readYaml(
        join(servicesDir, service, 'catalog-info.yaml'),
      );
      expect(entities).toContainEqual(
        expect.objectContaining({
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'Location',
          metadata: expect.objectContaining({ name: `${service}-openslo` }),
          spec: expect.objectContaining({ targets: ['./openslo.yaml'] }),
        }),
      );
    },
  );

  it('loads the shared data sources from examples/all.yaml', () => {
    const [location] = readYaml(join(root, 'examples/all.yaml'));
    expect(location.spec.targets).toContain('./openslo-datasources.yaml');
    expect(
      ofKind(files[files.length - 1], 'DataSource').map(d => d.metadata.name),
    ).toEqual(['prometheus-main']);
  });
});
