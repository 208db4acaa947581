import { ComponentType, useEffect, useMemo, useState } from 'react';
import {
  Content,
  Header,
  Page,
  Progress,
  ProxiedSignInPage,
  ResponseErrorPanel,
  SignInPage,
} from '@backstage/core-components';
import { githubAuthApiRef, IdentityApi } from '@backstage/frontend-plugin-api';
import { SignInPageProps } from '@backstage/plugin-app-react';
import Alert from '@mui/material/Alert';
import { ExampleUserPicker } from './ExampleUserPicker';
import { useExampleUsers } from './useExampleUsers';

const PICKED_USER_KEY = 'portal.exampleUser';

const githubProvider = {
  id: 'github-auth-provider',
  title: 'GitHub',
  message: 'Sign in with your GitHub account',
  apiRef: githubAuthApiRef,
};

function forgetPickOnSignOut(identity: IdentityApi): IdentityApi {
  return Object.assign(Object.create(identity), {
    signOut: async () => {
      localStorage.removeItem(PICKED_USER_KEY);
      await identity.signOut();
    },
  });
}

/**
 * The embedded default signs in as one of the example users, picked from a
 * list; the pick is remembered until sign-out. Where the example-users
 * provider is off (production), the GitHub sign-in is shown instead.
 */
export function PortalSignInPage(props: SignInPageProps) {
  const [picked, setPicked] = useState(() =>
    localStorage.getItem(PICKED_USER_KEY),
  );
  const [failure, setFailure] = useState<Error>();
  const users = useExampleUsers();

  const pick = (name: string) => {
    localStorage.setItem(PICKED_USER_KEY, name);
    setFailure(undefined);
    setPicked(name);
  };

  const ReportFailure: ComponentType<{ error?: Error }> = useMemo(
    () =>
      function ReportSignInFailure({ error }) {
        useEffect(() => {
          localStorage.removeItem(PICKED_USER_KEY);
          setFailure(error ?? new Error('the auth backend refused'));
        }, [error]);
        return null;
      },
    [],
  );

  if (picked && !failure) {
    return (
      <ProxiedSignInPage
        provider="example-users"
        headers={{ 'X-Example-User': picked }}
        onSignInSuccess={identity =>
          props.onSignInSuccess(forgetPickOnSignOut(identity))
        }
        ErrorComponent={ReportFailure}
      />
    );
  }

  if (!users.loading && !users.error && users.value === undefined) {
    return (
      <SignInPage
        {...props}
        title="Golden-path portal"
        align="center"
        providers={[githubProvider]}
      />
    );
  }

  return (
    <Page themeId="home">
      <Header
        title="Golden-path portal"
        subtitle="Sign in as one of the example organisation's users"
      />
      <Content>
        {failure && (
          <Alert severity="error" sx={{ mb: 2 }}>
            Could not sign in as {picked}: {failure.message}. Pick another user.
          </Alert>
        )}
        {users.loading && <Progress />}
        {users.error && <ResponseErrorPanel error={users.error} />}
        {users.value && <ExampleUserPicker users={users.value} onPick={pick} />}
      </Content>
    </Page>
  );
}
