import { fail } from './proofFailure';
import { sleep } from './processes';

type QueryAnswer = { data?: { result?: { value: [number, string] }[] } };

/**
 * Sends traffic to the service until Prometheus counts events for every
 * query, as an SLO evaluation counts them (`sum(increase(q[5m])) > 0`: the
 * series must grow between scrapes, not merely exist), for at most 30 s.
 */
export async function awaitCountedEvents(
  serviceUrl: string,
  prometheusUrl: string,
  queries: string[],
) {
  if (queries.length === 0) {
    fail('slo-metrics', 'openslo.yaml has no Prometheus query', 'openslo.yaml');
  }
  const uncounted = new Set(queries);
  const deadline = Date.now() + 30_000;
  while (uncounted.size && Date.now() < deadline) {
    for (let i = 0; i < 20; i++) {
      await fetch(`${serviceUrl}/health`).then(r => r.text());
    }
    for (const query of uncounted) {
      const counted = `sum(increase(${query}[5m]))`;
      const answer = await fetch(
        `${prometheusUrl}/api/v1/query?query=${encodeURIComponent(counted)}`,
      )
        .then(r => r.json() as Promise<QueryAnswer>)
        .catch(() => undefined);
      if (Number(answer?.data?.result?.[0]?.value[1]) > 0)
        uncounted.delete(query);
    }
    await sleep(500);
  }
  if (uncounted.size) {
    fail(
      'slo-metrics',
      `Prometheus scraped the service but counted no events within 30 s of: ${[
        ...uncounted,
      ].join(', ')}`,
      'openslo.yaml',
    );
  }
}
