import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Writing files into an existing component's repository (a runbook, a design
 * document): the component's owners.
 */
export const componentChangePermission = createPermission({
  name: 'golden-path.component.change',
  attributes: { action: 'update' },
  resourceType: 'catalog-entity',
});
