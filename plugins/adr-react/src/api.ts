import { CompoundEntityRef, parseEntityRef } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import {
  createApiRef,
  DiscoveryApi,
  FetchApi,
} from '@backstage/frontend-plugin-api';
import type {
  AdrIndexFilter,
  AdrIndexPage,
  EntityAdrs,
  ReviewOutcome,
} from '@internal/plugin-adr-common';
import type { PageRequest } from '@internal/portal-common';

export interface AdrApi {
  getEntityAdrs(entity: CompoundEntityRef): Promise<EntityAdrs>;
  getIndex(filter: AdrIndexFilter, page: PageRequest): Promise<AdrIndexPage>;
  review(
    entityRef: string,
    file: string,
    decision: 'accepted' | 'rejected',
  ): Promise<ReviewOutcome>;
}

export const adrApiRef = createApiRef<AdrApi>().with({
  id: 'plugin.adr.api',
  pluginId: 'adr',
});

export class AdrClient implements AdrApi {
  constructor(
    private readonly discoveryApi: DiscoveryApi,
    private readonly fetchApi: FetchApi,
  ) {}

  async getEntityAdrs(entity: CompoundEntityRef): Promise<EntityAdrs> {
    const path = [entity.kind, entity.namespace, entity.name]
      .map(encodeURIComponent)
      .join('/');
    return this.call(`/entities/${path}/adrs`);
  }

  async getIndex(filter: AdrIndexFilter, page: PageRequest) {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...filter, ...page })) {
      for (const one of [value].flat()) {
        if (one !== undefined && one !== '') query.append(key, String(one));
      }
    }
    return this.call(`/index?${query}`);
  }

  async review(
    entityRef: string,
    file: string,
    decision: 'accepted' | 'rejected',
  ) {
    const { kind, namespace, name } = parseEntityRef(entityRef);
    const path = [kind, namespace, name, 'adrs', file]
      .map(encodeURIComponent)
      .join('/');
    return this.call(`/entities/${path}/review`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ decision }),
    });
  }

  private async call(path: string, init?: RequestInit) {
    const base = await this.discoveryApi.getBaseUrl('adr');
    const response = await this.fetchApi.fetch(`${base}${path}`, init);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response.json();
  }
}
