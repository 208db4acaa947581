import { CompoundEntityRef } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import {
  createApiRef,
  DiscoveryApi,
  FetchApi,
} from '@backstage/frontend-plugin-api';
import type {
  EntityFitness,
  FitnessHistoryPoint,
  FitnessListPage,
  FitnessListQuery,
  FitnessProgress,
  FitnessRollup,
  StoredWaiver,
} from '@internal/plugin-fitness-common';

export type NewWaiver = Pick<
  StoredWaiver,
  'entityRef' | 'functionId' | 'reason' | 'adrRef' | 'expiresAt'
>;

export interface FitnessApi {
  getEntityFitness(entity: CompoundEntityRef): Promise<EntityFitness>;
  getHistory(
    entity: CompoundEntityRef,
    days: number,
  ): Promise<FitnessHistoryPoint[]>;
  list(query: FitnessListQuery): Promise<FitnessListPage>;
  rollups(by: 'owner' | 'system' | 'domain'): Promise<FitnessRollup[]>;
  progress(): Promise<FitnessProgress>;
  rescan(entity: CompoundEntityRef): Promise<void>;
  createWaiver(waiver: NewWaiver): Promise<StoredWaiver>;
  approveWaiver(id: string): Promise<void>;
  revokeWaiver(id: string): Promise<void>;
}

export const fitnessApiRef = createApiRef<FitnessApi>().with({
  id: 'plugin.fitness.api',
  pluginId: 'fitness',
});

const entityPath = (entity: CompoundEntityRef) =>
  [entity.kind.toLocaleLowerCase('en-US'), entity.namespace, entity.name]
    .map(encodeURIComponent)
    .join('/');

/** The fitness backend's HTTP API, called with the signed-in user's token. */
export class FitnessClient implements FitnessApi {
  constructor(
    private readonly discoveryApi: DiscoveryApi,
    private readonly fetchApi: FetchApi,
  ) {}

  getEntityFitness(entity: CompoundEntityRef): Promise<EntityFitness> {
    return this.call(`/entities/${entityPath(entity)}`);
  }

  async getHistory(entity: CompoundEntityRef, days: number) {
    const body = await this.call<{ items: FitnessHistoryPoint[] }>(
      `/entities/${entityPath(entity)}/history?days=${days}`,
    );
    return body.items;
  }

  list(query: FitnessListQuery): Promise<FitnessListPage> {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== '') params.set(key, String(value));
    }
    return this.call(`/list?${params}`);
  }

  async rollups(by: 'owner' | 'system' | 'domain') {
    const body = await this.call<{ items: FitnessRollup[] }>(
      `/rollups?by=${by}`,
    );
    return body.items;
  }

  progress(): Promise<FitnessProgress> {
    return this.call('/progress');
  }

  async rescan(entity: CompoundEntityRef): Promise<void> {
    await this.call(`/entities/${entityPath(entity)}/rescan`, {
      method: 'POST',
    });
  }

  createWaiver(waiver: NewWaiver): Promise<StoredWaiver> {
    return this.call('/waivers', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(waiver),
    });
  }

  async approveWaiver(id: string): Promise<void> {
    await this.call(`/waivers/${encodeURIComponent(id)}/approve`, {
      method: 'POST',
    });
  }

  async revokeWaiver(id: string): Promise<void> {
    await this.call(`/waivers/${encodeURIComponent(id)}`, {
      method: 'DELETE',
    });
  }

  private async call<T>(path: string, init?: RequestInit): Promise<T> {
    const base = await this.discoveryApi.getBaseUrl('fitness');
    const response = await this.fetchApi.fetch(`${base}${path}`, init);
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return response.status === 204 ? (undefined as T) : response.json();
  }
}
