import { getCompoundEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/frontend-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { ResponseError } from '@backstage/errors';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { fitnessApiRef } from '@internal/plugin-fitness-react';

/**
 * The current entity's fitness; `value` is null when it has not been
 * scanned yet (the backend's 404).
 */
export function useEntityFitness() {
  const { entity } = useEntity();
  const fitnessApi = useApi(fitnessApiRef);
  const ref = getCompoundEntityRef(entity);
  const state = useAsyncRetry(async () => {
    try {
      return await fitnessApi.getEntityFitness(ref);
    } catch (error) {
      if ((error as ResponseError).response?.status === 404) return null;
      throw error;
    }
  }, [fitnessApi, ref.kind, ref.namespace, ref.name]);
  return { entity, ref, ...state };
}
