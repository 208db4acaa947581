import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { registerMswTestHooks } from '@backstage/test-utils';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { PortalSignInPage } from './PortalSignInPage';

const server = setupServer();
registerMswTestHooks(server);

const auth = 'http://localhost:7007/api/auth';
const users = [
  { name: 'alice', displayName: 'Alice Moreau', groups: ['platform'] },
  { name: 'visitor', displayName: 'Vic Visitor', groups: [] },
];

// A token whose payload only needs an expiry for the session cache.
const token = `x.${btoa(JSON.stringify({ exp: Date.now() / 1000 + 3600 }))}.y`;

function renderPage(onSignInSuccess = jest.fn()) {
  return renderInTestApp(
    <PortalSignInPage onSignInSuccess={onSignInSuccess} />,
    {
      apis: [
        mockApis.discovery({ baseUrl: 'http://localhost:7007' }),
        mockApis.config({ data: { app: { title: 'Golden-path portal' } } }),
      ],
    },
  );
}

describe('PortalSignInPage', () => {
  beforeEach(() => localStorage.clear());

  it('lists the example users with their groups', async () => {
    server.use(
      http.get(`${auth}/example-users/users`, () =>
        HttpResponse.json({ users }),
      ),
    );
    renderPage();
    expect(
      await screen.findByRole('button', { name: 'Sign in as Alice Moreau' }),
    ).toBeInTheDocument();
    expect(screen.getByText('platform')).toBeInTheDocument();
    expect(screen.getByText('no group: read only')).toBeInTheDocument();
  });

  it('signs in as the picked user and remembers the pick', async () => {
    let pickedHeader: string | null = null;
    server.use(
      http.get(`${auth}/example-users/users`, () =>
        HttpResponse.json({ users }),
      ),
      http.get(`${auth}/example-users/refresh`, ({ request }) => {
        pickedHeader = request.headers.get('x-example-user');
        return HttpResponse.json({
          profile: { displayName: 'Alice Moreau' },
          backstageIdentity: {
            token,
            identity: {
              type: 'user',
              userEntityRef: 'user:default/alice',
              ownershipEntityRefs: [
                'user:default/alice',
                'group:default/platform',
              ],
            },
          },
        });
      }),
    );
    const onSignInSuccess = jest.fn();
    renderPage(onSignInSuccess);
    fireEvent.click(
      await screen.findByRole('button', { name: 'Sign in as Alice Moreau' }),
    );
    await waitFor(() => expect(onSignInSuccess).toHaveBeenCalled());
    expect(pickedHeader).toBe('alice');
    expect(localStorage.getItem('portal.exampleUser')).toBe('alice');
    const identity = onSignInSuccess.mock.calls[0][0];
    await expect(identity.getBackstageIdentity()).resolves.toMatchObject({
      userEntityRef: 'user:default/alice',
    });
    await identity.signOut();
    expect(localStorage.getItem('portal.exampleUser')).toBeNull();
  });

  it('says why a remembered user could not sign in and offers the list again', async () => {
    localStorage.setItem('portal.exampleUser', 'mallory');
    server.use(
      http.get(`${auth}/example-users/users`, () =>
        HttpResponse.json({ users }),
      ),
      http.get(`${auth}/example-users/refresh`, () =>
        HttpResponse.json(
          {
            error: { name: 'NotFoundError', message: 'User mallory not found' },
          },
          { status: 404 },
        ),
      ),
    );
    renderPage();
    expect(
      await screen.findByText(/Could not sign in as mallory/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Sign in as Alice Moreau' }),
    ).toBeInTheDocument();
    expect(localStorage.getItem('portal.exampleUser')).toBeNull();
  });

  it("shows the server's message when the user list fails", async () => {
    server.use(
      http.get(`${auth}/example-users/users`, () =>
        HttpResponse.json(
          { error: { name: 'Error', message: 'catalog unavailable' } },
          { status: 500 },
        ),
      ),
    );
    renderPage();
    expect(await screen.findByText(/catalog unavailable/)).toBeInTheDocument();
  });
});
