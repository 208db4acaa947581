import { createBackend } from '@backstage/backend-defaults';
import { portalFeatures } from './features';
import { databaseAwareHealthServiceFactory } from './health/databaseReadiness';

const backend = createBackend();
backend.add(databaseAwareHealthServiceFactory);
for (const feature of portalFeatures) {
  backend.add(feature);
}
backend.start();
