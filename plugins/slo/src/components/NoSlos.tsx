import Typography from '@mui/material/Typography';

/** What to do when a component has no SLO yet. */
export function NoSlos(props: { componentName: string }) {
  return (
    <Typography variant="body2">
      No SLOs. Add an openslo.yaml beside catalog-info.yaml with an SLO whose
      spec.service is {props.componentName} (and its SLI and AlertPolicies); the
      catalog picks it up on its next refresh.
    </Typography>
  );
}
