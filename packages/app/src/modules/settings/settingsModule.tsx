import {
  createFrontendModule,
  SubPageBlueprint,
} from '@backstage/frontend-plugin-api';

/** Our plugins' notification origins and topics, as the settings list them. */
const originNames = {
  'plugin:fitness': 'Architecture fitness',
  'plugin:slo': 'SLOs',
  'plugin:adr': 'Decisions',
};
const topicNames = {
  'fitness-level-dropped': "A service's fitness level dropped",
  'slo-alert-firing': "An SLO's burn-rate alert started firing",
  'adr-proposed': 'A decision you are asked to make was proposed',
};

/**
 * Settings → Notifications: each user turns each kind of notification on or
 * off (the notifications plugin's own settings card, which the new frontend
 * system's settings page does not include by itself).
 */
const notificationSettings = SubPageBlueprint.make({
  name: 'notifications',
  params: {
    path: 'notifications',
    title: 'Notifications',
    loader: async () => {
      const [{ UserNotificationSettingsCard }, { Content }] = await Promise.all(
        [
          import('@backstage/plugin-notifications'),
          import('@backstage/core-components'),
        ],
      );
      return (
        <Content>
          <UserNotificationSettingsCard
            originNames={originNames}
            topicNames={topicNames}
          />
        </Content>
      );
    },
  },
});

export const settingsModule = createFrontendModule({
  pluginId: 'user-settings',
  extensions: [notificationSettings],
});
