import {
  AuthorizeResult,
  createPermission,
} from '@backstage/plugin-permission-common';
import { PolicyQueryUser } from '@backstage/plugin-permission-node';
import { mockCredentials } from '@backstage/backend-test-utils';
import {
  adrRecordCreatePermission,
  adrReviewPermission,
} from '@internal/plugin-adr-common';
import { componentChangePermission } from '@internal/plugin-golden-path-common';
import {
  fitnessRescanPermission,
  fitnessWaiverManagePermission,
} from '@internal/plugin-fitness-common';
import {
  catalogEntityDeletePermission,
  catalogEntityRefreshPermission,
  catalogIngestionManagePermission,
  catalogLocationDeletePermission,
} from '@backstage/plugin-catalog-common/alpha';
import {
  taskCancelPermission,
  taskReadPermission,
  templateDryRunPermission,
  templateManagementPermission,
} from '@backstage/plugin-scaffolder-common/alpha';
import { PortalPermissionPolicy } from './PortalPermissionPolicy';

const readEntity = createPermission({
  name: 'catalog.entity.read',
  attributes: { action: 'read' },
});
const createLocation = createPermission({
  name: 'catalog.location.create',
  attributes: { action: 'create' },
});
const executeAction = createPermission({
  name: 'scaffolder.action.execute',
  attributes: {},
});

function userOwning(...ownershipEntityRefs: string[]): PolicyQueryUser {
  return {
    credentials: mockCredentials.user(ownershipEntityRefs[0]),
    info: { userEntityRef: ownershipEntityRefs[0], ownershipEntityRefs },
  };
}

describe('PortalPermissionPolicy', () => {
  const policy = new PortalPermissionPolicy({
    adrReviewerGroups: ['group:default/architects'],
    architectGroups: ['group:default/architects'],
    templateOwnerGroups: ['group:default/platform'],
  });
  const member = userOwning('user:default/alice', 'group:default/platform');
  const loner = userOwning('user:default/visitor');

  it.each([
    ['a group member reads', readEntity, member, AuthorizeResult.ALLOW],
    ['a user in no group reads', readEntity, loner, AuthorizeResult.ALLOW],
    ['a group member creates', createLocation, member, AuthorizeResult.ALLOW],
    ['a user in no group creates', createLocation, loner, AuthorizeResult.DENY],
    [
      'a group member runs an action',
      executeAction,
      member,
      AuthorizeResult.ALLOW,
    ],
    [
      'a user in no group runs an action',
      executeAction,
      loner,
      AuthorizeResult.DENY,
    ],
    ['nobody reads', readEntity, undefined, AuthorizeResult.DENY],
    ['nobody creates', createLocation, undefined, AuthorizeResult.DENY],
  ])('%s', async (_, permission, user, expected) => {
    await expect(policy.handle({ permission }, user)).resolves.toEqual({
      result: expected,
    });
  });

  it('gives ADR reviews to the reviewer groups only', async () => {
    const architect = userOwning(
      'user:default/grace',
      'group:default/architects',
    );
    await expect(
      policy.handle({ permission: adrReviewPermission }, architect),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
    await expect(
      policy.handle({ permission: adrReviewPermission }, member),
    ).resolves.toEqual({ result: AuthorizeResult.DENY });
  });

  it('gives fitness waivers to the architects only', async () => {
    const architect = userOwning(
      'user:default/grace',
      'group:default/architects',
    );
    await expect(
      policy.handle({ permission: fitnessWaiverManagePermission }, architect),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
    await expect(
      policy.handle({ permission: fitnessWaiverManagePermission }, member),
    ).resolves.toEqual({ result: AuthorizeResult.DENY });
  });

  it('lets architects rescan anything, and others only what they own', async () => {
    const architect = userOwning(
      'user:default/grace',
      'group:default/architects',
    );
    await expect(
      policy.handle({ permission: fitnessRescanPermission }, architect),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
    await expect(
      policy.handle({ permission: fitnessRescanPermission }, member),
    ).resolves.toEqual({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'catalog',
      resourceType: 'catalog-entity',
      conditions: {
        rule: 'IS_ENTITY_OWNER',
        resourceType: 'catalog-entity',
        params: { claims: ['user:default/alice', 'group:default/platform'] },
      },
    });
  });

  it('does not take a malformed ownership ref for a group', async () => {
    const odd = userOwning('user:default/odd', 'group:');
    await expect(
      policy.handle({ permission: createLocation }, odd),
    ).resolves.toEqual({ result: AuthorizeResult.DENY });
  });

  describe("writes into a component's repository", () => {
    const architect = userOwning(
      'user:default/grace',
      'group:default/architects',
    );
    const ownedByMember = {
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'catalog',
      resourceType: 'catalog-entity',
      conditions: {
        rule: 'IS_ENTITY_OWNER',
        resourceType: 'catalog-entity',
        params: { claims: ['user:default/alice', 'group:default/platform'] },
      },
    };

    it('gives file writes to the owners only, architects included', async () => {
      await expect(
        policy.handle({ permission: componentChangePermission }, member),
      ).resolves.toEqual(ownedByMember);
      await expect(
        policy.handle({ permission: componentChangePermission }, architect),
      ).resolves.toMatchObject({
        result: AuthorizeResult.CONDITIONAL,
        conditions: {
          params: {
            claims: ['user:default/grace', 'group:default/architects'],
          },
        },
      });
    });

    it('gives new decision records to the owners and the architects', async () => {
      await expect(
        policy.handle({ permission: adrRecordCreatePermission }, member),
      ).resolves.toEqual(ownedByMember);
      await expect(
        policy.handle({ permission: adrRecordCreatePermission }, architect),
      ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
    });

    it('denies both to nobody signed in', async () => {
      for (const permission of [
        componentChangePermission,
        adrRecordCreatePermission,
      ]) {
        await expect(policy.handle({ permission }, undefined)).resolves.toEqual(
          { result: AuthorizeResult.DENY },
        );
      }
    });
  });

  describe('catalog and scaffolder writes', () => {
    const architect = userOwning(
      'user:default/grace',
      'group:default/architects',
    );
    const ownersOf = (claims: string[]) => ({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'catalog',
      resourceType: 'catalog-entity',
      conditions: {
        rule: 'IS_ENTITY_OWNER',
        resourceType: 'catalog-entity',
        params: { claims },
      },
    });

    it.each([catalogEntityDeletePermission, catalogEntityRefreshPermission])(
      'gives $name to the owners, and to architects outright',
      async permission => {
        await expect(policy.handle({ permission }, member)).resolves.toEqual(
          ownersOf(['user:default/alice', 'group:default/platform']),
        );
        await expect(policy.handle({ permission }, loner)).resolves.toEqual(
          ownersOf(['user:default/visitor']),
        );
        await expect(policy.handle({ permission }, architect)).resolves.toEqual(
          { result: AuthorizeResult.ALLOW },
        );
      },
    );

    it.each([
      catalogLocationDeletePermission,
      catalogIngestionManagePermission,
    ])('gives $name to architects only', async permission => {
      await expect(policy.handle({ permission }, member)).resolves.toEqual({
        result: AuthorizeResult.DENY,
      });
      await expect(policy.handle({ permission }, architect)).resolves.toEqual({
        result: AuthorizeResult.ALLOW,
      });
    });

    it.each([templateDryRunPermission, templateManagementPermission])(
      "gives $name to the templates' owner groups and the architects",
      async permission => {
        const otherTeam = userOwning(
          'user:default/ines',
          'group:default/identity',
        );
        for (const [user, result] of [
          [member, AuthorizeResult.ALLOW],
          [architect, AuthorizeResult.ALLOW],
          [otherTeam, AuthorizeResult.DENY],
          [loner, AuthorizeResult.DENY],
        ] as const) {
          await expect(policy.handle({ permission }, user)).resolves.toEqual({
            result,
          });
        }
      },
    );

    it.each([taskCancelPermission, taskReadPermission])(
      "gives $name to the task's creator, and to architects outright",
      async permission => {
        await expect(policy.handle({ permission }, member)).resolves.toEqual({
          result: AuthorizeResult.CONDITIONAL,
          pluginId: 'scaffolder',
          resourceType: 'scaffolder-task',
          conditions: {
            rule: 'IS_TASK_OWNER',
            resourceType: 'scaffolder-task',
            params: { createdBy: ['user:default/alice'] },
          },
        });
        await expect(policy.handle({ permission }, architect)).resolves.toEqual(
          { result: AuthorizeResult.ALLOW },
        );
      },
    );
  });
});
