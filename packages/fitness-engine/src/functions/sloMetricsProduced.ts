import type { SourceTree } from '@internal/source-tree';
import { declaredDependencies } from '../dependencies/declaredDependencies';
import { SloQuery, sloQueries } from '../openslo/sloQueries';
import {
  bucketLabels,
  exposedSeries,
  MetricDeclaration,
} from '../prometheus/exposedSeries';
import { LIBRARY_METRICS } from '../prometheus/libraryMetrics';
import { LabelMatcher, promqlSelectors } from '../promql/promqlSelectors';
import { metricDeclarations } from '../python/metricDeclarations';
import { Evidence } from '@internal/plugin-fitness-common';
import { FitnessFunction } from './FitnessFunction';
import { fail, notApplicable, pass, plural } from './outcome';
import { baseName, pathsMatching } from './treeFiles';

/** Labels the scrape adds to every series, whatever the code declares. */
const TARGET_LABELS = new Set(['job', 'instance']);

const isTest = (path: string) =>
  /(^|\/)tests?\//.test(path) ||
  /^(test_.*|.*_test|conftest)\.py$/.test(baseName(path));

/** The metrics the service's code declares, and those of the libraries it depends on. */
async function serviceMetrics(tree: SourceTree): Promise<MetricDeclaration[]> {
  const declarations: MetricDeclaration[] = [];
  for (const path of pathsMatching(tree, /\.py$/).filter(p => !isTest(p))) {
    const source = await tree.readText(path);
    if (source.includes('prometheus_client')) {
      declarations.push(...metricDeclarations(source, path));
    }
  }
  const dependencies = await declaredDependencies(tree);
  for (const [library, metrics] of Object.entries(LIBRARY_METRICS)) {
    const path = dependencies.get(library);
    if (path) {
      declarations.push(...metrics.map(m => ({ ...m, path, library })));
    }
  }
  return declarations;
}

const where = (d: MetricDeclaration) =>
  d.library
    ? `${d.library} (a dependency in ${d.path})`
    : `${d.path}:${d.line}`;

/** What is wrong with one matcher of a selector on a declared metric's series. */
function matcherProblem(
  matcher: LabelMatcher,
  series: string,
  declaration: MetricDeclaration,
): string | undefined {
  const { label, op, value } = matcher;
  if (TARGET_LABELS.has(label)) return undefined;
  if (label === 'le' && series.endsWith('_bucket')) {
    const les = declaration.buckets && bucketLabels(declaration.buckets);
    return op === '=' && les && !les.includes(value)
      ? `le="${value}" is not a bucket bound of ${declaration.name} (${les.join(
          ', ',
        )}; ${where(declaration)})`
      : undefined;
  }
  const labels = declaration.labels;
  return labels && !labels.includes(label)
    ? `${label} is not a label of ${declaration.name} (${
        labels.length ? labels.join(', ') : 'it has none'
      }; ${where(declaration)})`
    : undefined;
}

/** Why no declaration exposes `metric`: the series a near declaration does expose. */
function missingHint(
  metric: string,
  declarations: MetricDeclaration[],
): string {
  const near = declarations.find(
    d => d.name && (metric === d.name || metric.startsWith(`${d.name}_`)),
  );
  if (near) {
    return ` (${near.type} ${near.name} at ${where(
      near,
    )} exposes ${exposedSeries(near).join(', ')})`;
  }
  const unread = declarations.filter(d => d.name === undefined);
  return unread.length
    ? ` (the name of ${plural(
        unread.length,
        'declaration',
      )} is not a literal: ${unread.map(where).join(', ')})`
    : '';
}

/** The metrics, labels and buckets an SLO's Prometheus query selects exist in the code. */
export const sloMetricsProducedFunction: FitnessFunction = {
  id: 'slo-metrics-produced',
  title: 'The code produces the metrics its SLOs query',
  category: 'operability',
  level: 'silver',
  weight: 2,
  docsPath: 'docs/fitness/slo-metrics-produced.md',
  appliesTo: ({ tree }) => tree.files.some(f => /\.ya?ml$/.test(f.path)),
  async evaluate({ tree }) {
    const { documents, queries, notes } = await sloQueries(tree);
    if (documents === 0) return notApplicable('No OpenSLO documents.');
    const notChecked: Evidence[] = [
      ...queries
        .filter(q => q.otherType)
        .map(q => ({
          path: q.path,
          line: q.line,
          message: `${q.owner}: a ${q.otherType} source, not checked`,
        })),
      ...notes,
    ];
    const prometheus = queries.filter(
      (q): q is SloQuery & { query: string } => q.query !== undefined,
    );
    if (prometheus.length === 0) {
      return notApplicable(
        `No Prometheus query in the OpenSLO documents${
          notChecked.length
            ? ` (${plural(notChecked.length, 'source')} not checked)`
            : ''
        }.`,
      );
    }
    if (!tree.files.some(f => f.path.endsWith('.py'))) {
      // A catalog entry whose code lives elsewhere: nothing here to check.
      return notApplicable(
        'No Python source here to check the SLO queries against.',
      );
    }
    const declarations = await serviceMetrics(tree);
    const bySeries = new Map<string, MetricDeclaration>();
    for (const declaration of declarations) {
      for (const series of exposedSeries(declaration)) {
        if (!bySeries.has(series)) bySeries.set(series, declaration);
      }
    }
    const problems: Evidence[] = [];
    const produced = new Map<string, MetricDeclaration>();
    for (const { path, line, owner, query } of prometheus) {
      for (const selector of promqlSelectors(query)) {
        const { metric } = selector;
        if (metric === undefined || metric.includes(':')) {
          notChecked.push({
            path,
            line,
            message: `${owner}: ${
              metric
                ? `${metric} is a recording rule`
                : 'a selector without a metric name'
            }, not checked`,
          });
          continue;
        }
        const declaration = bySeries.get(metric);
        if (!declaration) {
          problems.push({
            path,
            line,
            message: `${owner} queries ${metric}, which the code does not produce${missingHint(
              metric,
              declarations,
            )}`,
          });
          continue;
        }
        produced.set(metric, declaration);
        for (const matcher of selector.matchers) {
          const problem = matcherProblem(matcher, metric, declaration);
          if (problem) {
            problems.push({
              path,
              line,
              message: `${owner} queries ${metric}: ${problem}`,
            });
          }
        }
      }
    }
    if (problems.length > 0) {
      return fail(
        `The code does not produce what the SLOs query: ${plural(
          problems.length,
          'problem',
        )}.`,
        [...problems, ...notChecked],
      );
    }
    if (produced.size === 0) {
      return notApplicable(
        `No metric of the SLOs' Prometheus queries could be checked (${plural(
          notChecked.length,
          'note',
        )}).`,
      );
    }
    return pass(
      `The code produces the ${produced.size} series the SLOs query: ${[
        ...produced.keys(),
      ].join(', ')}.`,
      [
        ...[...produced].map(([metric, d]) => ({
          path: d.path,
          line: d.line,
          message: `${metric}: ${d.type} ${d.name}${
            d.library ? ` of ${d.library}` : ''
          }`,
        })),
        ...notChecked,
      ],
    );
  },
};
