import { createPermission } from '@backstage/plugin-permission-common';

/** Reading the organisation-wide ADR index. */
export const adrIndexReadPermission = createPermission({
  name: 'adr.index.read',
  attributes: { action: 'read' },
});

export const adrPermissions = [adrIndexReadPermission];
