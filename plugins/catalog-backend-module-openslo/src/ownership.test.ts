import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { ANNOTATION_SLO_NOT_ATTACHED } from '@internal/plugin-slo-common';
import {
  auth,
  catalogReady,
  errorText,
  Failed,
  startCatalog,
  validDocuments,
  writeRepository,
} from './__testUtils__/catalogRepository';

describe('catalog module: OpenSLO name collisions', () => {
  it('makes an SLO name defined in two repositories a processing error', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'openslo-collision-'));
    for (const repository of ['checkout', 'imposter']) {
      writeRepository(path.join(dir, repository), validDocuments);
    }
    const backend = await startCatalog([
      path.join(dir, 'checkout'),
      path.join(dir, 'imposter'),
    ]);
    try {
      // The entity that won the name shows the error in its status, or, if
      // the collision was known before its first processing, in the
      // unprocessed-entities view.
      const message = await catalogReady(async () => {
        const res = await request(backend.server)
          .get(
            '/api/catalog/entities/by-name/slo/default/checkout-availability',
          )
          .set('Authorization', auth);
        const status: { level: string; error?: { message: string } }[] =
          res.body.status?.items ?? [];
        const collides = (text?: string) =>
          text?.includes('collides') ? text : undefined;
        const onEntity = collides(
          status.find(i => i.level === 'error')?.error?.message,
        );
        if (onEntity) return onEntity;
        const pending = await request(backend.server)
          .get('/api/catalog/entities/unprocessed/pending')
          .set('Authorization', auth);
        const entry = (pending.body.entities ?? []).find(
          (e: Failed) =>
            e.unprocessed_entity.kind === 'SLO' &&
            e.unprocessed_entity.metadata.name === 'checkout-availability',
        ) as Failed | undefined;
        return collides(errorText(entry));
      });
      expect(message).toMatch(
        /metadata\.name: 'checkout-availability' collides with a SLO of the same name in file:.*\/(checkout|imposter)\/openslo\.yaml, which registered it first/,
      );
    } finally {
      await backend.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe("catalog module: SLOs naming another team's component", () => {
  const sloFor = (name: string, service: string) => ({
    apiVersion: 'openslo/v1',
    kind: 'SLO',
    metadata: { name },
    spec: {
      service,
      indicatorRef: 'checkout-availability-ratio',
      timeWindow: [{ duration: '30d', isRolling: true }],
      budgetingMethod: 'Occurrences',
      objectives: [{ targetPercent: 99.9 }],
      alertPolicies: [{ alertPolicyRef: 'checkout-availability-fast-burn' }],
    },
  });

  it('attaches an SLO to a component of its own location or repository, and says on the rest why not', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'openslo-owner-'));
    writeRepository(path.join(dir, 'checkout'), validDocuments);
    // Registered on its own, from a folder of checkout's repository.
    writeRepository(path.join(dir, 'checkout', 'slos'), [
      sloFor('checkout-latency-by-owner', 'checkout'),
    ]);
    // Another repository that names checkout's team as its owner: an owner
    // written in a repository proves nothing.
    writeRepository(
      path.join(dir, 'mallory'),
      [sloFor('checkout-hijack', 'checkout')],
      'group:default/team',
    );
    const backend = await startCatalog(
      ['checkout', 'checkout/slos', 'mallory'].map(r => path.join(dir, r)),
    );
    try {
      const hasSlos = await catalogReady(async () => {
        const res = await request(backend.server)
          .get('/api/catalog/entities/by-name/component/default/checkout')
          .set('Authorization', auth);
        const targets: string[] = (res.body.relations ?? [])
          .filter((r: { type: string }) => r.type === 'hasSlo')
          .map((r: { targetRef: string }) => r.targetRef);
        // Each SLO is related on its own processing pass.
        return targets.includes('slo:default/checkout-latency-by-owner') &&
          targets.includes('slo:default/checkout-availability')
          ? targets
          : undefined;
      });
      const hijack = await catalogReady(async () => {
        const res = await request(backend.server)
          .get('/api/catalog/entities/by-name/slo/default/checkout-hijack')
          .set('Authorization', auth);
        const why: string | undefined =
          res.body?.metadata?.annotations?.[ANNOTATION_SLO_NOT_ATTACHED];
        return why?.includes('outside its repository') ? res.body : undefined;
      });
      expect(hijack.metadata.annotations[ANNOTATION_SLO_NOT_ATTACHED]).toMatch(
        /^spec\.service: component:default\/checkout \(owned by group:default\/team\) was registered from file:.*\/checkout\/catalog-info\.yaml, and this SLO from file:.*\/mallory\/catalog-info\.yaml, outside its repository; an SLO attaches only to a component registered with it or from the repository that holds it$/,
      );
      expect(hijack.relations).toEqual([]);
      expect(hasSlos).not.toContain('slo:default/checkout-hijack');
      expect(hasSlos).toEqual(
        expect.arrayContaining([
          'slo:default/checkout-availability',
          'slo:default/checkout-latency-by-owner',
        ]),
      );
    } finally {
      await backend.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
