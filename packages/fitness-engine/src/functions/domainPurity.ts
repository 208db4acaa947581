import { FitnessFunction } from './FitnessFunction';

/** Framework and infrastructure packages a domain layer must not import. */
export const DEFAULT_IMPURE_PACKAGES = [
  'fastapi',
  'starlette',
  'sqlalchemy',
  'alembic',
  'pydantic',
  'httpx',
  'requests',
  'redis',
  'celery',
  'boto3',
  'aio_pika',
  'kafka',
];

/** The domain imports no framework or infrastructure package. */
export function domainPurityFunction(
  impurePackages: string[] = DEFAULT_IMPURE_PACKAGES,
): FitnessFunction {
  const impure = new Set(impurePackages);
  return {
    id: 'domain-purity',
    title: 'The domain imports no framework or infrastructure',
    category: 'architecture',
    level: 'bronze',
    weight: 3,
    docsPath: 'docs/fitness/domain-purity.md',
    appliesTo: ({ graph, rootPackage }) =>
      rootPackage !== undefined && graph.isInternal(`${rootPackage}.domain`),
    async evaluate({ graph, rootPackage }) {
      const domain = `${rootPackage}.domain`;
      const evidence = [];
      for (const { importer, imported, sites } of graph.edges()) {
        const top = imported.split('.')[0];
        const inDomain =
          importer === domain || importer.startsWith(`${domain}.`);
        if (inDomain && !graph.isInternal(imported) && impure.has(top)) {
          for (const site of sites) {
            evidence.push({
              path: site.path,
              line: site.line,
              message: `${importer} imports ${imported}`,
            });
          }
        }
      }
      return evidence.length === 0
        ? {
            status: 'pass',
            summary: 'The domain depends on no framework.',
            evidence,
          }
        : {
            status: 'fail',
            summary: `The domain imports ${
              evidence.length === 1
                ? 'a framework package'
                : `framework packages ${evidence.length} times`
            }.`,
            evidence,
          };
    },
  };
}
