import { APIRequestContext, expect, Page } from '@playwright/test';

/** Which portal the run drives: empty for the embedded default, `postgres` for the PostgreSQL one. */
export const RUN = process.env.PORTAL_E2E_RUN ?? '';

/** A full-page screenshot in e2e-screenshots/ (prefixed with the run's name). */
export const shot = (page: Page, name: string) =>
  page.screenshot({
    path: `e2e-screenshots/${RUN ? `${RUN}-` : ''}${name}.png`,
    fullPage: true,
  });

/** Signs in through the API as an example user, once the catalog has them. */
export async function signInToken(request: APIRequestContext, user: string) {
  let token: string | undefined;
  await expect
    .poll(
      async () => {
        const refresh = await request.post(
          '/api/auth/example-users/refresh?env=development',
          {
            headers: {
              'X-Requested-With': 'XMLHttpRequest',
              'X-Example-User': user,
            },
          },
        );
        token = refresh.ok()
          ? (await refresh.json()).backstageIdentity.token
          : undefined;
        return token !== undefined;
      },
      { timeout: 90_000 },
    )
    .toBe(true);
  return token!;
}
