export { portalTestDatabases } from './portalTestDatabases';
