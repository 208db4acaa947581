import http from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { waitFor } from '@internal/backend-test-kit';
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

  it('catalogues an SLO whose data source gives an address, and never calls it', async () => {
    const calls: string[] = [];
    const trap = http.createServer((req, res) => {
      calls.push(req.url ?? '');
      res.end(
        '{"status":"success","data":{"resultType":"vector","result":[]}}',
      );
    });
    await new Promise<void>(resolve => trap.listen(0, '127.0.0.1', resolve));
    const address = `http://127.0.0.1:${(trap.address() as AddressInfo).port}/`;
    try {
      const dataSource = stringify({
        apiVersion: 'openslo/v1',
        kind: 'DataSource',
        metadata: { name: 'trap-source' },
        spec: { type: 'Prometheus', connectionDetails: { url: address } },
      });
      const viaSpec = slo({
        indicator: {
          metadata: { name: 'trap-spec-ratio' },
          spec: {
            thresholdMetric: {
              metricSource: {
                type: 'Prometheus',
                metricSourceRef: 'prometheus-main',
                spec: { url: address, query: 'up' },
              },
            },
          },
        },
        objectives: [{ op: 'gt', value: 0, target: 0.9 }],
      }).replace('checkout-availability\n', 'trap-spec\n');
      const viaDataSource = slo()
        .replace('checkout-availability\n', 'trap-datasource\n')
        .replaceAll('prometheus-main', 'trap-source');
      const repo = portal.repository({
        'catalog-info.yaml': `${component.replace(
          'checkout',
          'trapped',
        )}---\n${location}`,
        'openslo.yaml': [
          dataSource,
          viaSpec.replace('service: checkout', 'service: trapped'),
          viaDataSource.replace('service: checkout', 'service: trapped'),
        ].join('---\n'),
      });
      await portal.register(repo, 'slo:default/trap-datasource');
      const evaluated = (name: string) =>
        waitFor(`${name} evaluated`, async () => {
          const res = await request(portal.server)
            .post(`/api/slo/slos/default/${name}/evaluate`)
            .set('Authorization', portal.alice);
          return res.status === 200 ? res.body : undefined;
        });
      expect(await evaluated('trap-datasource')).toMatchObject({
        status: 'not-evaluated',
        message: expect.stringMatching(
          /^not evaluated: the DataSource 'trap-source' gives its own connection details \(url\)/,
        ),
      });
      expect(await evaluated('trap-spec')).toMatchObject({
        status: 'not-evaluated',
        message: expect.stringMatching(
          /^not evaluated: a Prometheus metricSource gives url in its spec/,
        ),
      });
      expect(calls).toEqual([]);
    } finally {
      trap.close();
    }
  }, 120_000);
});
