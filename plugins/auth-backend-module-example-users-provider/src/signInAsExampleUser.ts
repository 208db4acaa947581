import { SignInResolver } from '@backstage/plugin-auth-node';
import { ExampleUserResult, exampleUserRef } from './exampleUserAuthenticator';

/**
 * Signs in as the catalog User the sign-in page picked. Ownership comes from
 * the catalog (the user and the groups it is a member of), so a user that is
 * not in the catalog cannot sign in.
 */
export const signInAsExampleUser: SignInResolver<ExampleUserResult> = async (
  { result },
  ctx,
) => ctx.signInWithCatalogUser({ entityRef: exampleUserRef(result) });
