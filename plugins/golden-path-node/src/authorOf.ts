import { parseEntityRef, UserEntity } from '@backstage/catalog-model';
import { GitAuthor } from './LocalGitRepositories';

/**
 * The signed-in user as a commit author: the profile's display name and
 * e-mail when the catalog has them, else a no-reply address of the user's
 * name (from the entity, else the ref).
 */
export function authorOf(user?: {
  entity?: UserEntity;
  ref?: string;
}): GitAuthor {
  const name =
    user?.entity?.metadata.name ??
    (user?.ref ? parseEntityRef(user.ref).name : 'portal');
  const profile = user?.entity?.spec?.profile;
  return {
    name: profile?.displayName ?? name,
    email: profile?.email ?? `${name}@users.noreply.portal`,
  };
}
