import { createPermission } from '@backstage/plugin-permission-common';

/** Evaluating an SLO now, outside the schedule. */
export const sloEvaluatePermission = createPermission({
  name: 'slo.evaluate',
  attributes: { action: 'update' },
});

export const sloPermissions = [sloEvaluatePermission];
