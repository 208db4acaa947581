import {
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  catalogApiRef,
  EntityRefLink,
  useEntity,
} from '@backstage/plugin-catalog-react';
import {
  ANNOTATION_TEMPLATE_VERSION,
  provenanceOf,
} from '@internal/plugin-golden-path-common';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import useAsync from 'react-use/esm/useAsync';

/** Which golden path made this entity, at which version, and the template's version now. */
export function EntityProvenanceCard() {
  const { entity } = useEntity();
  const catalog = useApi(catalogApiRef);
  const provenance = provenanceOf(entity);
  const { value, loading, error } = useAsync(
    async () =>
      provenance ? catalog.getEntityByRef(provenance.templateRef) : undefined,
    [catalog, provenance?.templateRef],
  );
  if (!provenance) return null;
  const current = value?.metadata.annotations?.[ANNOTATION_TEMPLATE_VERSION];
  const upToDate = current !== undefined && current === provenance.version;

  return (
    <InfoCard title="Golden path">
      <Stack spacing={1}>
        <Typography>
          Generated from{' '}
          <EntityRefLink
            entityRef={provenance.templateRef}
            defaultKind="template"
          />
          {provenance.version
            ? ` version ${provenance.version}`
            : ' (no version recorded)'}
          .
        </Typography>
        {loading && <Progress />}
        {error && <ResponseErrorPanel error={error} />}
        {!loading && !error && !value && (
          <Typography color="text.secondary">
            The template is no longer in the catalog.
          </Typography>
        )}
        {value && (
          <Stack direction="row" spacing={1} alignItems="center">
            <Typography>
              Current version: {current ?? 'not recorded'}
            </Typography>
            <Chip
              size="small"
              color={upToDate ? 'success' : 'warning'}
              label={upToDate ? 'Up to date' : 'A newer version exists'}
            />
          </Stack>
        )}
        <Link to={`/create/templates/default/${provenance.templateName}`}>
          Create another service from this template
        </Link>
      </Stack>
    </InfoCard>
  );
}
