import { screen } from '@testing-library/react';
import { identityApiRef } from '@backstage/frontend-plugin-api';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import type { HomePageWidgetData } from '@backstage/plugin-home-react/alpha';
import { PortalHomeLayout } from './PortalHomeLayout';

const widget = (name: string) =>
  ({ name, component: <p>{name} widget</p> } as unknown as HomePageWidgetData);

describe('PortalHomeLayout', () => {
  it('greets the user and shows the placed widgets by row, then column', async () => {
    await renderInTestApp(
      <PortalHomeLayout
        widgets={['Jokes', 'NeedsAttention', 'MyServices', 'Search'].map(
          widget,
        )}
        defaultConfig={[
          {
            component: 'NeedsAttention',
            row: 1,
            column: 8,
            width: 4,
            height: 1,
          },
          { component: 'MyServices', row: 1, column: 0, width: 8, height: 1 },
          { component: 'Search', row: 0, column: 0, width: 12, height: 1 },
          { component: 'Missing', row: 2, column: 0, width: 4, height: 1 },
        ]}
      />,
      {
        apis: [
          [
            identityApiRef,
            mockApis.identity({
              userEntityRef: 'user:default/alice',
              displayName: 'Alice Moreau',
            }),
          ],
        ],
      },
    );
    expect(
      await screen.findByRole('heading', { name: 'Welcome, Alice Moreau' }),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText(/ widget$/).map(node => node.textContent),
    ).toEqual(['Search widget', 'MyServices widget', 'NeedsAttention widget']);
  });
});
