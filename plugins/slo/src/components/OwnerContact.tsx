import { Link, Progress, ResponseErrorPanel } from '@backstage/core-components';
import { Entity } from '@backstage/catalog-model';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import MuiLink from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { ownerRef, useOwnerGroup } from '../hooks/useOwnerGroup';

type GroupProfile = { displayName?: string; email?: string };

/** How to reach the team that owns the entity: name, email and its links. */
export function OwnerContact(props: { entity: Entity }) {
  const ref = ownerRef(props.entity);
  if (!ref) {
    return (
      <Typography variant="body2">
        No owner. Set spec.owner in catalog-info.yaml to the team that is on
        call for {props.entity.metadata.name}.
      </Typography>
    );
  }
  return <OwnerGroupContact ownerRef={ref} />;
}

function OwnerGroupContact(props: { ownerRef: string }) {
  const { value: owner, loading, error } = useOwnerGroup(props.ownerRef);
  if (loading) return <Progress />;
  if (error) {
    return (
      <ResponseErrorPanel error={error} title="Could not load the owner" />
    );
  }
  if (!owner) {
    return (
      <Typography variant="body2">
        The owner {props.ownerRef} is not in the catalog. Register the group
        (e.g. in the org data) so that its contact shows here.
      </Typography>
    );
  }
  const profile = (owner.spec?.profile ?? {}) as GroupProfile;
  const links = owner.metadata.links ?? [];
  return (
    <Stack spacing={0.5}>
      <Typography variant="body2">
        <EntityRefLink entityRef={owner}>
          {profile.displayName ?? owner.metadata.title ?? owner.metadata.name}
        </EntityRefLink>
      </Typography>
      {profile.email && (
        <Typography variant="body2">
          <MuiLink href={`mailto:${profile.email}`}>{profile.email}</MuiLink>
        </Typography>
      )}
      {links.length > 0 && (
        <List dense disablePadding aria-label="Owner links">
          {links.map(link => (
            <ListItem key={link.url} disableGutters>
              <Link to={link.url}>{link.title ?? link.url}</Link>
            </ListItem>
          ))}
        </List>
      )}
      {!profile.email && links.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          The group has no contact yet: add spec.profile.email or metadata.links
          (e.g. its chat channel or pager rota) to it.
        </Typography>
      )}
    </Stack>
  );
}
