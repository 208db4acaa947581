import { EmptyState, Link } from '@backstage/core-components';
import Typography from '@mui/material/Typography';

/** What a signed-in user who belongs to no group can still do. */
export function NoTeam(props: { what: string }) {
  return (
    <EmptyState
      missing="field"
      title="You are not in a team yet"
      description={`${props.what} follow the teams you belong to, and you belong to none.`}
      action={
        <Typography variant="body2" component="div">
          Ask your platform team to add you to a group: in the embedded portal,
          a <code>memberOf</code> entry in <code>examples/org.yaml</code>; in
          production, your identity provider. Meanwhile you can browse the{' '}
          <Link to="/catalog">catalog</Link>, read the organisation&apos;s{' '}
          <Link to="/decisions">decisions</Link>, follow{' '}
          <Link to="/slos">SLOs</Link> and search the docs. Creating a service
          needs a team to own it.
        </Typography>
      }
    />
  );
}
