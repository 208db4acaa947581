export { permissionModulePortalPolicy as default } from './module';
export { PortalPermissionPolicy } from './PortalPermissionPolicy';
