import { configApiRef, useApi } from '@backstage/frontend-plugin-api';
import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';

/**
 * Says that the SLO numbers are the example organisation's recorded traffic,
 * when they are (slo.exampleData): a line in a card, a notice on a page.
 */
export function ExampleDataNote({ compact = false }: { compact?: boolean }) {
  const config = useApi(configApiRef);
  if (!config.getOptionalBoolean('slo.exampleData')) return null;
  if (compact) {
    return (
      <Typography variant="caption" color="text.secondary" component="p">
        Example data: the example services' recorded traffic.
      </Typography>
    );
  }
  return (
    <Alert severity="info" sx={{ mb: 2 }}>
      Example data: these SLOs are evaluated against the example Prometheus that{' '}
      <code>npm start</code> runs with the example services' recorded traffic,
      not against real services. Start the portal with{' '}
      <code>PORTAL_PROMETHEUS_URL</code> set to your Prometheus, or with{' '}
      <code>PORTAL_EXAMPLE_PROMETHEUS=off</code>, to turn it off.
    </Alert>
  );
}
