import { join } from 'node:path';
import request from 'supertest';
import { stringify } from 'yaml';
import {
  HostileBackend,
  refusal,
  startHostileBackend,
} from '../__testUtils__/hostileBackend';

const component = stringify({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'checkout' },
  spec: { type: 'service', lifecycle: 'production', owner: 'platform' },
});
const location =
  'apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata: { name: checkout-openslo }\nspec:\n  targets: [./openslo.yaml]\n';

const slo = (spec: Record<string, unknown> = {}) =>
  stringify({
    apiVersion: 'openslo/v1',
    kind: 'SLO',
    metadata: { name: 'checkout-availability' },
    spec: {
      service: 'checkout',
      indicator: {
        metadata: { name: 'checkout-availability-ratio' },
        spec: {
          ratioMetric: {
            counter: true,
            good: {
              metricSource: {
                metricSourceRef: 'prometheus-main',
                spec: { query: 'http_requests_total{code="200"}' },
              },
            },
            total: {
              metricSource: {
                metricSourceRef: 'prometheus-main',
                spec: { query: 'http_requests_total' },
              },
            },
          },
        },
      },
      timeWindow: [{ duration: '30d', isRolling: true }],
      budgetingMethod: 'Occurrences',
      objectives: [{ target: 0.999 }],
      ...spec,
    },
  });

describe('hostile OpenSLO documents, through POST /api/catalog/locations', () => {
  let portal: HostileBackend;
  beforeAll(async () => {
    portal = await startHostileBackend();
    // Another team's service, which the attacker's SLOs name.
    const victim = portal.repository({
      'catalog-info.yaml': component
        .replace('checkout', 'payments')
        .replace('owner: platform', 'owner: group:default/identity'),
    });
    await portal.register(victim, 'component:default/payments');
  }, 120_000);

  const register = (openslo: string) =>
    portal.attack(async () => {
      const repo = portal.repository({
        'catalog-info.yaml': `${component}---\n${location}`,
        'openslo.yaml': openslo,
      });
      const res = await request(portal.server)
        .post('/api/catalog/locations?dryRun=true')
        .set('Authorization', portal.alice)
        .send({ type: 'file', target: join(repo, 'catalog-info.yaml') });
      return {
        status: res.status,
        message: res.body?.error?.message,
        notAttached: (res.body?.entities ?? [])
          .map(
            (e: { metadata: { annotations?: Record<string, string> } }) =>
              e.metadata.annotations?.['golden-path/slo-not-attached'],
          )
          .filter(Boolean),
      };
    });

  const attacks: Array<[string, string, RegExp]> = [
    [
      'a data source that names an address for the portal to call',
      stringify({
        apiVersion: 'openslo/v1',
        kind: 'DataSource',
        metadata: { name: 'metadata-service' },
        spec: {
          type: 'Prometheus',
          connectionDetails: { url: 'http://169.254.169.254/latest/' },
        },
      }),
      /\"status\":400.*spec\.connectionDetails\.url: a repository cannot give a data source address; name a data source configured in app-config under slo\.dataSources/,
    ],
    [
      'a metric source with its own Prometheus address',
      slo({
        indicator: {
          metadata: { name: 'checkout-availability-ratio' },
          spec: {
            thresholdMetric: {
              metricSource: {
                type: 'Prometheus',
                spec: {
                  url: 'http://169.254.169.254/',
                  query: 'up',
                },
              },
            },
          },
        },
      }),
      /\"status\":400.*spec\.indicator\.spec\.thresholdMetric\.metricSource\.spec\.url: only a query may be given here; a repository cannot give a data source address/,
    ],
    [
      'a YAML alias bomb',
      [
        'a: &a [x,x,x,x,x,x,x,x,x,x]',
        ...'bcdefgh'
          .split('')
          .map(
            (c, i) =>
              `${c}: &${c} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(',')}]`,
          ),
        'apiVersion: openslo/v1',
        'kind: SLO',
        'metadata: { name: checkout-bomb, labels: *h }',
      ].join('\n'),
      /\"status\":400.*openslo\.yaml; caused by ReferenceError: Excessive alias count indicates a resource exhaustion attack/,
    ],
    [
      "an SLO on another team's service, to reach its page and its on-call",
      slo({ service: 'payments' }).replace(
        'checkout-availability\n',
        'payments-hijack\n',
      ),
      /\"notAttached\":\[\"spec\.service: component:default\/payments \(owned by group:default\/identity\) was registered from file:\S+\/catalog-info\.yaml, and this SLO from file:\S+\/catalog-info\.yaml, outside its repository; an SLO attaches only to a component registered with it or from the repository that holds it\"\]/,
    ],
    [
      'a field OpenSLO does not have, to smuggle settings',
      slo({ prometheusUrl: 'http://169.254.169.254/' }),
      /\"status\":400.*spec\.prometheusUrl: is not a field of this OpenSLO v1 object/,
    ],
    [
      'a name that is not an RFC 1123 label',
      slo().replace('checkout-availability\n', '"../../checkout"\n'),
      /\"status\":400.*\\\"metadata\.name\\\" is not valid; expected a string that is sequences of \[a-zA-Z0-9\] separated by any of \[-_\.\], at most 63 characters in total but found \\\"\.\.\/\.\.\/checkout\\\"/,
    ],
  ];

  it.each(attacks)(
    'refuses %s',
    async (_, openslo, message) => {
      expect(refusal(await register(openslo))).toMatch(message);
    },
    60_000,
  );
});
