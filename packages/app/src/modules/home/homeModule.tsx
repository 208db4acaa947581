import { createFrontendModule } from '@backstage/frontend-plugin-api';
import {
  HomePageLayoutBlueprint,
  HomePageWidgetBlueprint,
} from '@backstage/plugin-home-react/alpha';
import { MarkdownContent } from '@backstage/core-components';
import { z } from 'zod';

const content = `
### What you can do here

- **Create a service** from a golden path on the [create page](/create).
- **Browse the catalog**: every service, API, resource and team of the
  organisation, with owners and systems, starting at the [catalog](/catalog).
- **Read the docs** of any service from its catalog page, or all of them
  under [Docs](/docs).
- **Fix what the catalog refused**: files it could not read (an invalid
  SLO, a broken catalog-info.yaml) are listed under
  [Unprocessed entities](/catalog-unprocessed-entities).

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

const myServicesWidget = HomePageWidgetBlueprint.make({
  name: 'my-services',
  params: {
    name: 'MyServices',
    title: 'My services',
    description:
      'The services your teams own: fitness level, SLO status and newest decision',
    components: async () => {
      const { MyServicesCard } = await import('./MyServicesCard');
      return { Content: MyServicesCard };
    },
  },
});

const needsAttentionWidget = HomePageWidgetBlueprint.makeWithOverrides({
  name: 'needs-attention',
  configSchema: {
    /** Groups that see every fitness drop and every proposed decision. */
    architects: z.array(z.string()).default(['group:default/architects']),
    /** Groups that see every burning SLO. */
    onCall: z.array(z.string()).default(['group:default/sre']),
  },
  factory(originalFactory, { config }) {
    return originalFactory({
      name: 'NeedsAttention',
      title: 'Needs attention',
      description: 'Burning SLOs, fitness drops and decisions awaiting review',
      components: async () => {
        const { NeedsAttentionCard } = await import('./NeedsAttentionCard');
        return {
          Content: () => (
            <NeedsAttentionCard
              architects={config.architects}
              onCall={config.onCall}
            />
          ),
        };
      },
    });
  },
});

const goldenPathsWidget = HomePageWidgetBlueprint.make({
  name: 'golden-paths',
  params: {
    name: 'GoldenPaths',
    title: 'Golden paths',
    description: 'Start a service, a decision, a runbook or a design document',
    components: async () => {
      const { GoldenPathsCard } = await import('./GoldenPathsCard');
      return { Content: GoldenPathsCard };
    },
  },
});

const homeLayout = HomePageLayoutBlueprint.make({
  params: {
    loader: async () => (await import('./PortalHomeLayout')).PortalHomeLayout,
  },
});

export const homeModule = createFrontendModule({
  pluginId: 'home',
  extensions: [
    homeLayout,
    myServicesWidget,
    needsAttentionWidget,
    goldenPathsWidget,
    gettingStartedWidget,
  ],
});
