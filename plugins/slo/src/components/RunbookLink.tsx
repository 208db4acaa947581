import { Link } from '@backstage/core-components';
import { Entity } from '@backstage/catalog-model';
import Typography from '@mui/material/Typography';
import { useDocsHref } from '@internal/portal-react';
import { docsRouteRef } from '../routes';
import { runbookAlertSection } from '../runbookAlertSection';

/**
 * An alert's policy name, linked to its section of the component's runbook;
 * says what is missing when there is no section to link to.
 */
export function RunbookLink(props: { entity: Entity; policy?: string }) {
  const { entity, policy } = props;
  const docsHref = useDocsHref(docsRouteRef);
  if (!policy) {
    return (
      <Typography variant="body2" color="text.secondary">
        unnamed alert (give it an AlertPolicy so that it links to the runbook)
      </Typography>
    );
  }
  const section = runbookAlertSection(entity, policy);
  const href = section && docsHref(entity, section.page, section.anchor);
  if (!href) {
    return (
      <Typography
        variant="body2"
        title="Add backstage.io/techdocs-ref to catalog-info.yaml to link the runbook"
      >
        {policy} (no TechDocs, so no runbook link)
      </Typography>
    );
  }
  return (
    <Link to={href} title={`Runbook section for ${policy}`}>
      {policy}
    </Link>
  );
}
