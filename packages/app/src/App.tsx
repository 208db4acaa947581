import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import { catalogModule } from './modules/catalog';
import { navModule } from './modules/nav';
import { homeModule } from './modules/home';
import { settingsModule } from './modules/settings';
import { signInModule } from './modules/signIn';
import { themeModule } from './modules/theme';

export default createApp({
  features: [
    catalogPlugin,
    catalogModule,
    navModule,
    homeModule,
    settingsModule,
    signInModule,
    themeModule,
  ],
});
