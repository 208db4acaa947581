import { discoveryApiRef, useApi } from '@backstage/frontend-plugin-api';
import { ResponseError } from '@backstage/errors';
import useAsync from 'react-use/esm/useAsync';

/** One user the embedded default's sign-in page offers. */
export type ExampleUser = {
  name: string;
  displayName: string;
  email?: string;
  groups: string[];
};

/**
 * The users the example-users provider offers, or `undefined` when the
 * provider is switched off (production), in which case the auth backend
 * answers 404.
 */
export function useExampleUsers() {
  const discoveryApi = useApi(discoveryApiRef);
  return useAsync(async (): Promise<ExampleUser[] | undefined> => {
    const baseUrl = await discoveryApi.getBaseUrl('auth');
    const response = await fetch(`${baseUrl}/example-users/users`);
    if (response.status === 404) {
      return undefined;
    }
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()).users;
  }, [discoveryApi]);
}
