import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { getCompoundEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { techdocsStorageApiRef } from '@backstage/plugin-techdocs-react';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';
import useAsync from 'react-use/esm/useAsync';
import {
  runbookPagePath,
  runbookSection,
} from '@internal/plugin-runbook-common';
import { OptionalLink, useDocsHref } from '@internal/portal-react';
import { docsRouteRef } from '../routes';
import { runbookHeadings } from '../runbookHeadings';

/** The entity's runbook: every section, linked to its anchor in TechDocs. */
export function EntityRunbookCard() {
  const { entity } = useEntity();
  const storage = useApi(techdocsStorageApiRef);
  const ref = getCompoundEntityRef(entity);
  const page = runbookPagePath(entity);
  const docsHref = useDocsHref(docsRouteRef);
  const runbook = runbookSection(entity);
  const href = docsHref(entity, runbook.page);
  const { value, loading, error } = useAsync(async () => {
    await storage.syncEntityDocs(ref);
    return runbookHeadings(await storage.getEntityDocs(ref, page));
  }, [storage, entity]);

  return (
    <InfoCard
      title="Runbook"
      deepLink={href ? { title: 'Open the runbook', link: href } : undefined}
    >
      {loading && <Progress />}
      {error && <ResponseErrorPanel error={error} />}
      {value && value.length === 0 && (
        <Typography>
          The runbook at {page} has no sections yet. Give it one section per
          alert (a "### alert-name" heading), so that alerts can link straight
          to it.
        </Typography>
      )}
      {value && value.length > 0 && (
        <List dense aria-label="Runbook sections">
          {value.map(section => (
            <ListItem key={section.id} sx={{ pl: section.level === 3 ? 4 : 1 }}>
              <OptionalLink to={docsHref(entity, runbook.page, section.id)}>
                {section.title}
              </OptionalLink>
            </ListItem>
          ))}
        </List>
      )}
    </InfoCard>
  );
}
