import { CompoundEntityRef } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import {
  createApiRef,
  DiscoveryApi,
  FetchApi,
} from '@backstage/frontend-plugin-api';
import { Adr, AdrParseFailure } from '@internal/plugin-adr-common';

/** An entity's ADRs and the files that could not be read as one. */
export type EntityAdrs = { adrs: Adr[]; failures: AdrParseFailure[] };

export interface AdrApi {
  getEntityAdrs(entity: CompoundEntityRef): Promise<EntityAdrs>;
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
    const base = await this.discoveryApi.getBaseUrl('adr');
    const path = [entity.kind, entity.namespace, entity.name]
      .map(encodeURIComponent)
      .join('/');
    const response = await this.fetchApi.fetch(`${base}/entities/${path}/adrs`);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response.json();
  }
}
