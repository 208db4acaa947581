import { Content, Header, Page } from '@backstage/core-components';
import type { HomePageLayoutProps } from '@backstage/plugin-home-react/alpha';
import Grid from '@mui/material/Grid';
import Box from '@mui/material/Box';
import { useSignedInUser } from './useSignedInUser';

/**
 * The home page: the widgets that the page's `defaultConfig` places, in its
 * rows and columns (twelve columns), each as tall as its content, one per
 * row on narrow screens. Widgets it does not place are not shown.
 */
export function PortalHomeLayout(props: HomePageLayoutProps) {
  const user = useSignedInUser();
  const placed = (props.defaultConfig ?? [])
    .flatMap(place => {
      const widget = props.widgets.find(w => w.name === place.component);
      return widget ? [{ place, widget }] : [];
    })
    .sort(
      (a, b) => a.place.row - b.place.row || a.place.column - b.place.column,
    );
  return (
    <Page themeId="home">
      <Header
        title={
          user.value?.displayName
            ? `Welcome, ${user.value.displayName}`
            : 'Welcome'
        }
        subtitle="Your services, what needs attention, and the golden paths"
      />
      <Content>
        <Grid container spacing={3} alignItems="stretch">
          {placed.map(({ place, widget }) => (
            <Grid item key={place.component} xs={12} md={place.width}>
              <Box height="100%">{widget.component}</Box>
            </Grid>
          ))}
        </Grid>
      </Content>
    </Page>
  );
}
