import { createPermission } from '@backstage/plugin-permission-common';

/** Reading the organisation-wide ADR index. */
export const adrIndexReadPermission = createPermission({
  name: 'adr.index.read',
  attributes: { action: 'read' },
});

/** Accepting or rejecting a proposed ADR; the policy gives it to architects. */
export const adrReviewPermission = createPermission({
  name: 'adr.review',
  attributes: { action: 'update' },
});

/**
 * Adding a record to a component's ADR folder (as proposed): the
 * component's owners and the architects.
 */
export const adrRecordCreatePermission = createPermission({
  name: 'adr.record.create',
  attributes: { action: 'create' },
  resourceType: 'catalog-entity',
});

export const adrPermissions = [
  adrIndexReadPermission,
  adrReviewPermission,
  adrRecordCreatePermission,
];
