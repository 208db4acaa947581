import { LocatedYamlDocument, valueAt } from '../functions/treeFiles';

/** Where each workload kind keeps its pod spec. */
const POD_SPEC: Record<string, string[]> = {
  Pod: ['spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

/** A securityContext field as it applies to a container, and the line that sets it. */
export interface AppliedSetting {
  value: unknown;
  line?: number;
}

/** The user settings that apply to one container of a workload. */
export interface ContainerSecurity {
  /** `Deployment shop, container shop`. */
  name: string;
  runAsNonRoot?: AppliedSetting;
  runAsUser?: AppliedSetting;
}

const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

/**
 * The containers and init containers of a Kubernetes workload manifest
 * (Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob), each
 * with the `runAsNonRoot` and `runAsUser` that apply to it: its own
 * securityContext's, else the pod's.
 */
export function containerSecurity(
  document: LocatedYamlDocument,
): ContainerSecurity[] {
  const manifest = record(document.value);
  const podPath = POD_SPEC[String(manifest.kind)];
  if (!podPath) return [];
  const pod = valueAt(manifest, podPath);
  const workload = `${manifest.kind} ${
    record(manifest.metadata).name ?? '(unnamed)'
  }`;
  const setting = (
    path: Array<string | number>,
    field: string,
  ): AppliedSetting | undefined => {
    const context = record(valueAt(manifest, path));
    return field in context
      ? { value: context[field], line: document.lineAt([...path, field]) }
      : undefined;
  };
  return ['initContainers', 'containers'].flatMap(list => {
    const containers = record(pod)[list];
    return (Array.isArray(containers) ? containers : []).map((container, i) => {
      const own = [...podPath, list, i, 'securityContext'];
      const podContext = [...podPath, 'securityContext'];
      return {
        name: `${workload}, container ${record(container).name ?? i}`,
        runAsNonRoot:
          setting(own, 'runAsNonRoot') ?? setting(podContext, 'runAsNonRoot'),
        runAsUser:
          setting(own, 'runAsUser') ?? setting(podContext, 'runAsUser'),
      };
    });
  });
}
