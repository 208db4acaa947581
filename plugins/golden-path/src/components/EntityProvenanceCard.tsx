import {
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/frontend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import {
  catalogApiRef,
  EntityRefLink,
  useEntity,
} from '@backstage/plugin-catalog-react';
import {
  ANNOTATION_TEMPLATE_VERSION,
  provenanceOf,
  templateDrift,
} from '@internal/plugin-golden-path-common';
import type { TemplateDriftReport } from '@internal/plugin-fitness-common';
import { useFunctionDocsHref } from '@internal/plugin-fitness-react';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import useAsync from 'react-use/esm/useAsync';
import { OptionalLink } from '@internal/portal-react';
import { docsRouteRef, templateRouteRef } from '../routes';

/** The portal's own docs: how a team brings a service up to its golden path. */
const UPDATE_GUIDE = 'docs/fitness/template-currency.md';

function DriftChip(props: { report: TemplateDriftReport }) {
  const { report } = props;
  switch (report.drift) {
    case 'current':
      return <Chip size="small" color="success" label="Up to date" />;
    case 'behind':
      return (
        <Chip
          size="small"
          color="warning"
          label={`Behind: ${report.from} → ${report.to}`}
        />
      );
    case 'major':
      return (
        <Chip
          size="small"
          color="error"
          label={`${report.majors} major version${
            report.majors > 1 ? 's' : ''
          } behind: ${report.from} → ${report.to}`}
        />
      );
    default:
      return <Chip size="small" label="Not comparable: no semver version" />;
  }
}

/** Which golden path made this entity, at which version, and the template's version now. */
export function EntityProvenanceCard() {
  const { entity } = useEntity();
  const catalog = useApi(catalogApiRef);
  const docsHref = useFunctionDocsHref(docsRouteRef);
  const templatePage = useRouteRef(templateRouteRef);
  const provenance = provenanceOf(entity);
  const { value, loading, error } = useAsync(
    async () =>
      provenance ? catalog.getEntityByRef(provenance.templateRef) : undefined,
    [catalog, provenance?.templateRef],
  );
  if (!provenance) return null;
  const current = value?.metadata.annotations?.[ANNOTATION_TEMPLATE_VERSION];
  const drift = templateDrift(provenance.version, current);

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
            <DriftChip report={drift} />
          </Stack>
        )}
        {value && (drift.drift === 'behind' || drift.drift === 'major') && (
          <OptionalLink to={docsHref(UPDATE_GUIDE)}>
            How to bring the service up to date
          </OptionalLink>
        )}
        {templatePage && (
          <Link
            to={templatePage({
              namespace: parseEntityRef(provenance.templateRef).namespace,
              templateName: provenance.templateName,
            })}
          >
            Create another service from this template
          </Link>
        )}
      </Stack>
    </InfoCard>
  );
}
