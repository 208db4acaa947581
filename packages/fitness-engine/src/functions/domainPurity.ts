import { PYTHON_STANDARD_LIBRARY } from '@internal/python-vocabulary';
import { Evidence } from '@internal/plugin-fitness-common';
import { FitnessFunction } from './FitnessFunction';
import { fail, pass, plural, warn } from './outcome';

/**
 * Framework and infrastructure packages a domain layer must not import:
 * web frameworks and servers, databases and their drivers, brokers and
 * queues, HTTP clients, cloud SDKs, and validation or serialisation
 * frameworks.
 */
export const DEFAULT_IMPURE_PACKAGES = [
  // web frameworks and servers
  'aiohttp',
  'bottle',
  'cherrypy',
  'django',
  'falcon',
  'fastapi',
  'flask',
  'litestar',
  'pyramid',
  'quart',
  'sanic',
  'starlette',
  'tornado',
  'twisted',
  'uvicorn',
  'werkzeug',
  'grpc',
  'graphene',
  'strawberry',
  // databases and their drivers
  'alembic',
  'asyncpg',
  'elasticsearch',
  'motor',
  'MySQLdb',
  'peewee',
  'psycopg',
  'psycopg2',
  'pymongo',
  'pymysql',
  'redis',
  'sqlalchemy',
  'sqlmodel',
  'tortoise',
  // brokers and queues
  'aio_pika',
  'aiokafka',
  'celery',
  'confluent_kafka',
  'dramatiq',
  'kafka',
  'kombu',
  'nats',
  'pika',
  'rq',
  // HTTP clients and cloud SDKs
  'boto3',
  'botocore',
  'httpx',
  'requests',
  'urllib3',
  // validation and serialisation frameworks
  'marshmallow',
  'pydantic',
];

/**
 * The domain depends on the standard library alone: a framework or
 * infrastructure package fails it, any other third-party package warns.
 */
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
      const frameworks: Evidence[] = [];
      const others: Evidence[] = [];
      for (const { importer, imported, sites } of graph.edges()) {
        const top = imported.split('.')[0];
        const inDomain =
          importer === domain || importer.startsWith(`${domain}.`);
        if (
          !inDomain ||
          graph.isInternal(imported) ||
          PYTHON_STANDARD_LIBRARY.has(top)
        ) {
          continue;
        }
        for (const site of sites) {
          (impure.has(top) ? frameworks : others).push({
            path: site.path,
            line: site.line,
            message: `${importer} imports ${imported}${
              impure.has(top) ? '' : ' (a third-party package)'
            }`,
          });
        }
      }
      const packages = (evidence: Evidence[]) =>
        [
          ...new Set(
            evidence.map(e => e.message.split(' imports ')[1].split(/[. ]/)[0]),
          ),
        ].join(', ');
      if (frameworks.length > 0) {
        return fail(
          `The domain imports ${plural(
            frameworks.length,
            'time',
          )} from framework or infrastructure packages (${packages(
            frameworks,
          )}).`,
          [...frameworks, ...others],
        );
      }
      if (others.length > 0) {
        return warn(
          `The domain depends on third-party packages (${packages(
            others,
          )}), not on the standard library alone.`,
          others,
        );
      }
      return pass('The domain depends on the standard library alone.');
    },
  };
}
