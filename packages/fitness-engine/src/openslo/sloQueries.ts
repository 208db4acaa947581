import type { SourceTree } from '@internal/source-tree';
import {
  LocatedYamlDocument,
  locatedYamlDocuments,
  pathsMatching,
  valueAt,
} from '../functions/treeFiles';
import { Evidence } from '@internal/plugin-fitness-common';

/** One metric source of an SLI, where an OpenSLO file gives it. */
export interface SloQuery {
  path: string;
  line?: number;
  /** `SLO shop-availability`, `SLI shop-latency`. */
  owner: string;
  /** The Prometheus query; undefined when the source is not Prometheus. */
  query?: string;
  /** The source's type, when it is not Prometheus. */
  otherType?: string;
}

type Located = { path: string; document: LocatedYamlDocument };
type YamlPath = Array<string | number>;

const SIDES = ['good', 'bad', 'total', 'raw'];

/** The paths of the SLI specs a document holds: an SLI's, or an SLO's inline indicators. */
function sliSpecs(value: unknown): YamlPath[] {
  const kind = valueAt(value, ['kind']);
  if (kind === 'SLI') return [['spec']];
  if (kind !== 'SLO') return [];
  const objectives = valueAt(value, ['spec', 'objectives']);
  return [
    ['spec', 'indicator', 'spec'],
    ...(Array.isArray(objectives) ? objectives : []).map((_, i) => [
      'spec',
      'objectives',
      i,
      'indicator',
      'spec',
    ]),
  ].filter(path => valueAt(value, path) !== undefined);
}

/**
 * The metric sources of the repository's OpenSLO files: every `openslo/v1`
 * document of its YAML files; in each SLI and each SLO's inline indicator,
 * the sources of `ratioMetric` (good, bad, total, raw) and
 * `thresholdMetric`. A source's type is its own `type`, else that of the
 * DataSource its `metricSourceRef` names, else Prometheus (the portal's).
 * An SLO's `indicatorRef` reaches an SLI document, read on its own; one to
 * an SLI the repository does not have is noted.
 */
export async function sloQueries(
  tree: SourceTree,
): Promise<{ documents: number; queries: SloQuery[]; notes: Evidence[] }> {
  const documents: Located[] = [];
  for (const path of pathsMatching(tree, /\.ya?ml$/)) {
    for (const document of await locatedYamlDocuments(tree, path)) {
      if (valueAt(document.value, ['apiVersion']) === 'openslo/v1') {
        documents.push({ path, document });
      }
    }
  }
  const named = (kind: string) =>
    documents.filter(d => valueAt(d.document.value, ['kind']) === kind);
  const dataSourceTypes = new Map(
    named('DataSource').map(d => [
      String(valueAt(d.document.value, ['metadata', 'name'])),
      String(valueAt(d.document.value, ['spec', 'type'])),
    ]),
  );
  const slis = new Set(
    named('SLI').map(d => valueAt(d.document.value, ['metadata', 'name'])),
  );
  const queries: SloQuery[] = [];
  const notes: Evidence[] = [];
  for (const { path, document } of documents) {
    const { value } = document;
    const owner = `${valueAt(value, ['kind'])} ${valueAt(value, [
      'metadata',
      'name',
    ])}`;
    for (const spec of sliSpecs(value)) {
      const sources = [
        ...SIDES.map(side => [...spec, 'ratioMetric', side, 'metricSource']),
        [...spec, 'thresholdMetric', 'metricSource'],
      ].filter(p => valueAt(value, p) !== undefined);
      for (const source of sources) {
        const type = String(
          valueAt(value, [...source, 'type']) ??
            dataSourceTypes.get(
              String(valueAt(value, [...source, 'metricSourceRef'])),
            ) ??
            'Prometheus',
        );
        const query = valueAt(value, [...source, 'spec', 'query']);
        const line =
          document.lineAt([...source, 'spec', 'query']) ??
          document.lineAt(source);
        if (type.toLowerCase() !== 'prometheus') {
          queries.push({ path, line, owner, otherType: type });
        } else if (typeof query === 'string') {
          queries.push({ path, line, owner, query });
        }
      }
    }
    if (valueAt(value, ['kind']) === 'SLO') {
      const objectives = valueAt(value, ['spec', 'objectives']);
      const refs: YamlPath[] = [
        ['spec', 'indicatorRef'],
        ...(Array.isArray(objectives) ? objectives : []).map(
          (_, i): YamlPath => ['spec', 'objectives', i, 'indicatorRef'],
        ),
      ];
      for (const ref of refs) {
        const name = valueAt(value, ref);
        if (typeof name === 'string' && !slis.has(name)) {
          notes.push({
            path,
            line: document.lineAt(ref),
            message: `${owner}: indicatorRef ${name} is not an SLI of the repository, not checked`,
          });
        }
      }
    }
  }
  return { documents: documents.length, queries, notes };
}
