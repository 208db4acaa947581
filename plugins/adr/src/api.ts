import { CompoundEntityRef, parseEntityRef } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import {
  createApiRef,
  DiscoveryApi,
  FetchApi,
} from '@backstage/frontend-plugin-api';
import {
  Adr,
  AdrParseFailure,
  AdrStatus,
  IndexedAdr,
} from '@internal/plugin-adr-common';

export type { IndexedAdr };

/**
 * An entity's ADRs, the files that could not be read as one, and the
 * decision-makers that match catalog Users (name → user entity ref).
 */
export type EntityAdrs = {
  adrs: Adr[];
  failures: AdrParseFailure[];
  people?: Record<string, string>;
};

export type AdrIndexFilter = {
  /** One status, or any of several. */
  status?: AdrStatus | AdrStatus[];
  owner?: string;
  system?: string;
  domain?: string;
  from?: string;
  to?: string;
};

export interface AdrApi {
  getEntityAdrs(entity: CompoundEntityRef): Promise<EntityAdrs>;
  getIndex(
    filter: AdrIndexFilter,
    page: { limit: number; offset: number },
  ): Promise<{ items: IndexedAdr[]; totalItems: number }>;
  review(
    entityRef: string,
    file: string,
    decision: 'accepted' | 'rejected',
  ): Promise<ReviewOutcome>;
}

/** Where a review went: a commit to a hosted repository, or a pull request. */
export type ReviewOutcome = { adr: Adr } & (
  | { commit: string }
  | { pullRequestUrl: string }
);

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

  async getIndex(
    filter: AdrIndexFilter,
    page: { limit: number; offset: number },
  ) {
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
