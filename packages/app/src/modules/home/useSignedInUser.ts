import { parseEntityRef } from '@backstage/catalog-model';
import { identityApiRef, useApi } from '@backstage/frontend-plugin-api';
import useAsync from 'react-use/esm/useAsync';

/** The signed-in user and the groups they belong to (their ownership refs of kind Group). */
export function useSignedInUser() {
  const identityApi = useApi(identityApiRef);
  return useAsync(async () => {
    const [identity, profile] = await Promise.all([
      identityApi.getBackstageIdentity(),
      identityApi.getProfileInfo(),
    ]);
    return {
      userRef: identity.userEntityRef,
      displayName: profile.displayName,
      groups: identity.ownershipEntityRefs.filter(
        ref => parseEntityRef(ref).kind.toLocaleLowerCase('en-US') === 'group',
      ),
    };
  }, [identityApi]);
}
