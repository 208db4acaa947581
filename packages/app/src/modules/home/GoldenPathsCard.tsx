import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/frontend-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import useAsync from 'react-use/esm/useAsync';
import { templateFormRouteRef } from './scaffolderRoutes';
import { OptionalLink } from '@internal/portal-react';

/** Quick links to every golden path (the catalog's Templates), services first. */
export function GoldenPathsCard() {
  const catalogApi = useApi(catalogApiRef);
  const templateForm = useRouteRef(templateFormRouteRef);
  const { value, loading, error } = useAsync(
    async () =>
      (
        await catalogApi.getEntities({
          filter: { kind: 'template' },
          fields: [
            'metadata.namespace',
            'metadata.name',
            'metadata.title',
            'metadata.description',
            'spec.type',
          ],
        })
      ).items.sort(
        (a, b) =>
          Number(a.spec?.type !== 'service') -
            Number(b.spec?.type !== 'service') ||
          String(a.metadata.title ?? a.metadata.name).localeCompare(
            String(b.metadata.title ?? b.metadata.name),
          ),
      ),
    [catalogApi],
  );
  if (loading) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;
  if (!value?.length) {
    return (
      <EmptyState
        missing="data"
        title="No golden paths yet"
        description="The catalog holds no templates. Check that templates/templates.yaml is among the catalog locations in app-config.yaml."
      />
    );
  }
  return (
    <List dense aria-label="Golden paths">
      {value.map(template => (
        <ListItem key={template.metadata.name} disableGutters>
          <ListItemText
            primary={
              <OptionalLink
                to={templateForm?.({
                  namespace: template.metadata.namespace ?? 'default',
                  templateName: template.metadata.name,
                })}
              >
                {template.metadata.title ?? template.metadata.name}
              </OptionalLink>
            }
            secondary={template.metadata.description}
            secondaryTypographyProps={{ sx: { whiteSpace: 'normal' } }}
          />
        </ListItem>
      ))}
    </List>
  );
}
