import { adrRecordCreatePermission } from '@internal/plugin-adr-common';
import { componentChangePermission } from '@internal/plugin-golden-path-common';
import { ComponentChangeKind } from './componentRepository';

/** Writing files into the component's repository. */
export const WRITE_FILES: ComponentChangeKind = {
  permission: componentChangePermission,
  allowed: 'only its owners may write into its repository',
};

/** Adding a (proposed) decision record. */
export const ADD_DECISION: ComponentChangeKind = {
  permission: adrRecordCreatePermission,
  allowed: 'only its owners and the architects may add decision records to it',
};
