import { createPermission } from '@backstage/plugin-permission-common';

/** Reading fitness results, lists and roll-ups. */
export const fitnessReadPermission = createPermission({
  name: 'fitness.read',
  attributes: { action: 'read' },
});

/** Asking for a rescan of one entity: its owners and the architects. */
export const fitnessRescanPermission = createPermission({
  name: 'fitness.entity.rescan',
  attributes: { action: 'update' },
  resourceType: 'catalog-entity',
});

/** Creating, approving and revoking waivers: the architects. */
export const fitnessWaiverManagePermission = createPermission({
  name: 'fitness.waiver.manage',
  attributes: { action: 'update' },
});

export const fitnessPermissions = [
  fitnessReadPermission,
  fitnessRescanPermission,
  fitnessWaiverManagePermission,
];
