import adrPlugin from '@internal/plugin-adr-backend';
import appPlugin from '@backstage/plugin-app-backend';
import authPlugin from '@backstage/plugin-auth-backend';
import authGithubProvider from '@backstage/plugin-auth-backend-module-github-provider';
import authOidcProvider from '@backstage/plugin-auth-backend-module-oidc-provider';
import authExampleUsersProvider from '@internal/plugin-auth-backend-module-example-users-provider';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogFitness from '@internal/plugin-catalog-backend-module-fitness';
import catalogLocalRepos from '@internal/plugin-catalog-backend-module-local-repos';
import catalogOpenslo from '@internal/plugin-catalog-backend-module-openslo';
import catalogLogs from '@backstage/plugin-catalog-backend-module-logs';
import catalogScaffolderEntityModel from '@backstage/plugin-catalog-backend-module-scaffolder-entity-model';
import catalogUnprocessed from '@backstage/plugin-catalog-backend-module-unprocessed';
import eventsPlugin from '@backstage/plugin-events-backend';
import fitnessPlugin from '@internal/plugin-fitness-backend';
import notificationsPlugin from '@backstage/plugin-notifications-backend';
import permissionPlugin from '@backstage/plugin-permission-backend';
import permissionPortalPolicy from '@internal/plugin-permission-backend-module-portal-policy';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import scaffolderGoldenPath from '@internal/plugin-scaffolder-backend-module-golden-path';
import scaffolderGithub from '@backstage/plugin-scaffolder-backend-module-github';
import scaffolderNotifications from '@backstage/plugin-scaffolder-backend-module-notifications';
import searchPlugin from '@backstage/plugin-search-backend';
import searchCatalogCollator from '@backstage/plugin-search-backend-module-catalog';
import searchGoldenPath from '@internal/plugin-search-backend-module-golden-path';
import searchTechdocsCollator from '@backstage/plugin-search-backend-module-techdocs';
import sloPlugin from '@internal/plugin-slo-backend';
import signalsPlugin from '@backstage/plugin-signals-backend';
import techdocsPlugin from '@backstage/plugin-techdocs-backend';
import techdocsMkdocsGuard from '@internal/plugin-techdocs-backend-module-mkdocs-guard';
import userSettingsPlugin from '@backstage/plugin-user-settings-backend';

/**
 * Every plugin and module the portal runs. Which sign-in provider, search
 * engine and publisher is active is decided by config, not by this list, so
 * the embedded default and production run the same features.
 */
export const portalFeatures = [
  adrPlugin,
  appPlugin,
  authPlugin,
  authExampleUsersProvider,
  authGithubProvider,
  authOidcProvider,
  catalogPlugin,
  catalogFitness,
  catalogLocalRepos,
  catalogLogs,
  catalogOpenslo,
  catalogScaffolderEntityModel,
  catalogUnprocessed,
  eventsPlugin,
  fitnessPlugin,
  notificationsPlugin,
  permissionPlugin,
  permissionPortalPolicy,
  scaffolderPlugin,
  scaffolderGithub,
  scaffolderGoldenPath,
  scaffolderNotifications,
  searchPlugin,
  searchCatalogCollator,
  searchGoldenPath,
  searchTechdocsCollator,
  signalsPlugin,
  sloPlugin,
  techdocsPlugin,
  techdocsMkdocsGuard,
  userSettingsPlugin,
];
