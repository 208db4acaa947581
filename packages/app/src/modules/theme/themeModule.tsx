import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { ThemeBlueprint } from '@backstage/plugin-app-react';
import {
  createUnifiedTheme,
  defaultComponentThemes,
  palettes,
  UnifiedThemeProvider,
} from '@backstage/theme';
import DarkIcon from '@material-ui/icons/Brightness2';
import LightIcon from '@material-ui/icons/WbSunny';
import type { Components, Theme } from '@mui/material/styles';

type CellStyles = NonNullable<
  NonNullable<Components<Theme>['MuiTableCell']>['styleOverrides']
>;
const backstageCell: CellStyles =
  defaultComponentThemes?.MuiTableCell?.styleOverrides ?? {};

/**
 * Backstage's table cells may break inside a word ("ACCEP T", "Targ et") when
 * a column is narrow; ours break only between words, and inside a word only
 * when the word alone is wider than the whole column (a long URL).
 */
const wholeWords = (slot: 'root' | 'head') => (props: { theme: Theme }) => {
  const base = backstageCell[slot];
  return {
    ...((typeof base === 'function' ? base(props as never) : base) as object),
    wordBreak: 'normal',
    overflowWrap: 'break-word',
  } as const;
};

/**
 * The catalog's Owned/Starred/All picker: at 1280 px its column leaves
 * "Owned" no room beside the icon and the count ("Ownec"); less padding and a
 * narrower icon give the label its width.
 */
const userListPicker = {
  CatalogReactUserListPicker: {
    styleOverrides: {
      listIcon: { minWidth: 24 },
      menuItem: {
        paddingLeft: 8,
        '&.MuiListItem-secondaryAction': { paddingRight: 32 },
      },
    },
  },
} as Components<Theme>;

const portalTheme = (palette: typeof palettes.light | typeof palettes.dark) =>
  createUnifiedTheme({
    palette,
    components: {
      MuiTableCell: {
        styleOverrides: {
          ...backstageCell,
          root: wholeWords('root'),
          head: wholeWords('head'),
        },
      },
      ...userListPicker,
    },
  });

const light = portalTheme(palettes.light);
const dark = portalTheme(palettes.dark);

/** The app's light and dark themes, replacing Backstage's own. */
export const themeModule = createFrontendModule({
  pluginId: 'app',
  extensions: [
    ThemeBlueprint.make({
      name: 'light',
      params: {
        theme: {
          id: 'light',
          title: 'Light Theme',
          variant: 'light',
          icon: <LightIcon />,
          Provider: ({ children }) => (
            <UnifiedThemeProvider theme={light} children={children} />
          ),
        },
      },
    }),
    ThemeBlueprint.make({
      name: 'dark',
      params: {
        theme: {
          id: 'dark',
          title: 'Dark Theme',
          variant: 'dark',
          icon: <DarkIcon />,
          Provider: ({ children }) => (
            <UnifiedThemeProvider theme={dark} children={children} />
          ),
        },
      },
    }),
  ],
});
