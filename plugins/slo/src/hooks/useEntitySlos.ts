import { getCompoundEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/frontend-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { sloApiRef } from '@internal/plugin-slo-react';

/** The current entity's SLOs, with `retry` to load them again. */
export function useEntitySlos() {
  const { entity } = useEntity();
  const sloApi = useApi(sloApiRef);
  return useAsyncRetry(
    () => sloApi.getEntitySlos(getCompoundEntityRef(entity)),
    [sloApi, entity],
  );
}
