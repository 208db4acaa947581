import { CompoundEntityRef, parseEntityRef } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import {
  createApiRef,
  DiscoveryApi,
  FetchApi,
} from '@backstage/frontend-plugin-api';
import {
  EntitySlosResponse,
  SloBoardFilter,
  SloBoardPage,
  SloEvaluation,
  SloHistoryResponse,
} from '@internal/plugin-slo-common';

export interface SloApi {
  /** The component's SLOs, each with its latest evaluation if any. */
  getEntitySlos(entity: CompoundEntityRef): Promise<EntitySlosResponse>;
  /** The stored evaluations of one SLO, oldest first. */
  getHistory(
    sloRef: string,
    options: { days: number },
  ): Promise<SloHistoryResponse>;
  /** Every SLO in the organisation, least budget remaining first. */
  getBoard(
    filter: SloBoardFilter,
    page: { offset: number; limit: number },
  ): Promise<SloBoardPage>;
  /** Evaluates one SLO now, outside the schedule (permission `slo.evaluate`). */
  evaluate(sloRef: string): Promise<SloEvaluation>;
}

export const sloApiRef = createApiRef<SloApi>().with({
  id: 'plugin.slo.api',
  pluginId: 'slo',
});

export class SloClient implements SloApi {
  constructor(
    private readonly discoveryApi: DiscoveryApi,
    private readonly fetchApi: FetchApi,
  ) {}

  async getEntitySlos(entity: CompoundEntityRef): Promise<EntitySlosResponse> {
    const path = [
      entity.kind.toLocaleLowerCase('en-US'),
      entity.namespace,
      entity.name,
    ]
      .map(encodeURIComponent)
      .join('/');
    return this.call(`/entities/${path}`);
  }

  async getHistory(
    sloRef: string,
    options: { days: number },
  ): Promise<SloHistoryResponse> {
    const query = new URLSearchParams({ days: String(options.days) });
    return this.call(`${this.sloPath(sloRef)}/history?${query}`);
  }

  async getBoard(
    filter: SloBoardFilter,
    page: { offset: number; limit: number },
  ): Promise<SloBoardPage> {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...filter, ...page })) {
      if (value !== undefined && value !== '') query.set(key, String(value));
    }
    return this.call(`/board?${query}`);
  }

  async evaluate(sloRef: string): Promise<SloEvaluation> {
    return this.call(`${this.sloPath(sloRef)}/evaluate`, { method: 'POST' });
  }

  private sloPath(sloRef: string) {
    const { namespace, name } = parseEntityRef(sloRef, { defaultKind: 'slo' });
    return `/slos/${encodeURIComponent(namespace)}/${encodeURIComponent(name)}`;
  }

  private async call(path: string, init?: RequestInit) {
    const base = await this.discoveryApi.getBaseUrl('slo');
    const response = await this.fetchApi.fetch(`${base}${path}`, init);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response.json();
  }
}
