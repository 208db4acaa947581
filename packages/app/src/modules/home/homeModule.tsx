import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';
import { MarkdownContent } from '@backstage/core-components';

const content = `
### What you can do here

- **Create a service** from a golden path on the [create page](/create).
- **Browse the catalog**: every service, API, resource and team of the
  organisation, with owners and systems, starting at the [catalog](/catalog).
- **Read the docs** of any service from its catalog page.

Changes to the catalog (registering a repository, running a template) need a
user who belongs to a team; everyone signed in can read.
`;

const gettingStartedWidget = HomePageWidgetBlueprint.make({
  name: 'getting-started',
  params: {
    name: 'GettingStarted',
    title: 'Getting started',
    description: 'What the portal offers and who may change what',
    components: async () => ({
      Content: () => <MarkdownContent content={content} />,
    }),
  },
});

export const homeModule = createFrontendModule({
  pluginId: 'home',
  extensions: [gettingStartedWidget],
});
