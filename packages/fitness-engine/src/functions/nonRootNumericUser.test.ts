import { functionContext } from '../testUtils/functionContext';
import { newLayout, oldLayout } from '../testUtils/goldenPathLayouts';
import { nonRootNumericUserFunction } from './nonRootNumericUser';

const evaluate = async (files: Record<string, string>) =>
  nonRootNumericUserFunction.evaluate(await functionContext(files));

const cronJob = (podContext: string, containerContext: string) => `
apiVersion: batch/v1
kind: CronJob
metadata: { name: report }
spec:
  jobTemplate:
    spec:
      template:
        spec:
          securityContext: ${podContext}
          initContainers:
            - name: wait
              securityContext: ${containerContext}
          containers:
            - name: report
`;

describe('non-root-numeric-user', () => {
  it('passes the golden path: the pods give runAsUser 10001', async () => {
    expect(await evaluate(newLayout)).toEqual({
      status: 'pass',
      summary: '2 containers with runAsNonRoot run as a numeric user.',
      evidence: [
        {
          path: 'k8s/base/deployment.yaml',
          line: 8,
          message: 'Deployment shop, container shop runs as user 10001',
        },
        {
          path: 'k8s/base/migrate-job.yaml',
          line: 9,
          message: 'Job shop-migrate, container migrate runs as user 10001',
        },
      ],
    });
  });

  it('fails the old golden path: runAsNonRoot, and the image runs as the user name app', async () => {
    expect(await evaluate(oldLayout)).toEqual({
      status: 'fail',
      summary: '1 container with runAsNonRoot cannot start: no numeric user.',
      evidence: [
        {
          path: 'k8s/base/deployment.yaml',
          line: 8,
          message:
            'Deployment shop, container shop: runAsNonRoot without a numeric runAsUser, and the image\'s USER app (Dockerfile:15) is a name, which Kubernetes cannot check: the kubelet refuses to start it ("container has runAsNonRoot and image has non-numeric user")',
        },
      ],
    });
  });

  it("accepts the image's numeric USER when no runAsUser is set", async () => {
    const outcome = await evaluate({
      ...oldLayout,
      Dockerfile: 'FROM python:3.12-slim\nUSER 10001\n',
    });
    expect(outcome).toMatchObject({
      status: 'pass',
      evidence: [
        {
          message:
            "Deployment shop, container shop runs as the image's USER 10001",
        },
      ],
    });
  });

  it('lets a container override the pod, for a CronJob and its init containers', async () => {
    const outcome = await evaluate({
      Dockerfile: 'FROM python:3.12-slim\n',
      'k8s/cron.yaml': cronJob('{ runAsNonRoot: true }', '{ runAsUser: 0 }'),
    });
    expect(outcome.evidence.map(e => `${e.line} ${e.message}`)).toEqual([
      '13 CronJob report, container wait: runAsUser 0 with runAsNonRoot, which the kubelet refuses',
      '10 CronJob report, container report: runAsNonRoot without a numeric runAsUser, and the image sets no USER (Dockerfile), so it runs as root: the kubelet refuses to start it ("container has runAsNonRoot and image will run as root")',
    ]);
    expect(
      (
        await evaluate({
          'k8s/cron.yaml': cronJob(
            '{ runAsUser: 1000 }',
            '{ runAsNonRoot: true }',
          ),
        })
      ).evidence,
    ).toEqual([
      {
        path: 'k8s/cron.yaml',
        line: 10,
        message: 'CronJob report, container wait runs as user 1000',
      },
    ]);
  });

  it('does not apply when no container must run as non-root', async () => {
    expect(
      (
        await evaluate({
          'k8s/cron.yaml': cronJob('{}', '{ runAsNonRoot: false }'),
        })
      ).summary,
    ).toBe('No container sets runAsNonRoot: true.');
    expect(
      (await evaluate({ 'mkdocs.yml': 'site_name: shop\n' })).summary,
    ).toBe('No Kubernetes workload manifests.');
  });
});
