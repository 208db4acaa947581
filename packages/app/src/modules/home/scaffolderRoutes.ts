import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import scaffolderPlugin from '@backstage/plugin-scaffolder/alpha';

/** The scaffolder's create page and a template's form, as the home cards link them. */
export const createPageRouteRef = convertLegacyRouteRef(
  scaffolderPlugin.routes.root,
);
export const templateFormRouteRef = convertLegacyRouteRef(
  scaffolderPlugin.routes.selectedTemplate,
);
