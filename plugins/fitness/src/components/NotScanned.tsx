import { EmptyState } from '@backstage/core-components';

/** What to expect before the first scan. */
export function NotScanned() {
  return (
    <EmptyState
      missing="data"
      title="Not scanned yet"
      description="The fitness backend scans every component on a schedule, a few seconds after the portal starts and then every few minutes. Its owners and the architects can ask for a rescan on the Fitness tab."
    />
  );
}
