/** Prometheus did not answer, or answered with a server error. */
export class SourceUnreachableError extends Error {}

/** Prometheus refused the query itself (bad PromQL, too many samples, …). */
export class QueryError extends Error {}

type QueryResponse = {
  status: 'success' | 'error';
  error?: string;
  data?: {
    resultType: string;
    result: { value: [number, string] }[] | [number, string];
  };
};

/** A minimal client of the Prometheus HTTP API's instant queries. */
export class PrometheusClient {
  constructor(
    private readonly options: {
      url: string;
      bearerToken?: string;
      timeoutMs: number;
    },
  ) {}

  /**
   * Runs an instant query that yields one number. Undefined means the
   * query matched nothing, or its value is NaN (e.g. 0/0).
   */
  async scalar(query: string, at: Date): Promise<number | undefined> {
    const url = new URL('api/v1/query', this.options.url.replace(/\/?$/, '/'));
    const body = new URLSearchParams({
      query,
      time: (at.getTime() / 1000).toFixed(3),
    });
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        body,
        headers: this.options.bearerToken
          ? { Authorization: `Bearer ${this.options.bearerToken}` }
          : undefined,
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
    } catch (error) {
      throw new SourceUnreachableError(
        `${url.origin} did not answer: ${(error as Error).message}`,
      );
    }
    const payload = (await response.json().catch(() => undefined)) as
      | QueryResponse
      | undefined;
    if (response.status >= 500 && payload?.status !== 'error') {
      throw new SourceUnreachableError(
        `${url.origin} answered ${response.status}`,
      );
    }
    if (!response.ok || payload?.status !== 'success' || !payload.data) {
      throw new QueryError(
        payload?.error ?? `${url.origin} answered ${response.status}`,
      );
    }
    return scalarOf(payload.data);
  }
}

function scalarOf(data: NonNullable<QueryResponse['data']>) {
  let text: string | undefined;
  if (data.resultType === 'scalar') {
    text = (data.result as [number, string])[1];
  } else {
    const vector = data.result as { value: [number, string] }[];
    if (vector.length > 1) {
      throw new QueryError(
        `the query returned ${vector.length} series; aggregate it to one (e.g. with sum)`,
      );
    }
    text = vector[0]?.value[1];
  }
  const value = text === undefined ? Number.NaN : Number(text);
  return Number.isFinite(value) ? value : undefined;
}
