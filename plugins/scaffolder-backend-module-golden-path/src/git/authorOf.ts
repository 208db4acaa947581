import { UserEntity } from '@backstage/catalog-model';
import { GitAuthor } from './LocalGitRepositories';

/** The signed-in user as a commit author. */
export function authorOf(user?: {
  entity?: UserEntity;
  ref?: string;
}): GitAuthor {
  const name = user?.entity?.metadata.name ?? 'portal';
  const profile = user?.entity?.spec?.profile;
  return {
    name: profile?.displayName ?? name,
    email: profile?.email ?? `${name}@users.noreply.portal`,
  };
}
