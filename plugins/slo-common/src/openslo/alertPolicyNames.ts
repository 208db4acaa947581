/**
 * The names of the alert policies an SLO's spec lists, in every form
 * OpenSLO allows: a name (OpenSLO's Go model), `{alertPolicyRef}`, or an
 * inline policy with its own metadata. A spec we cannot read lists none.
 */
export function alertPolicyNames(spec: unknown): string[] {
  const policies = (spec as { alertPolicies?: unknown } | undefined)
    ?.alertPolicies;
  if (!Array.isArray(policies)) return [];
  return policies.flatMap(item => {
    if (typeof item === 'string') return item ? [item] : [];
    const policy = (item ?? {}) as {
      alertPolicyRef?: unknown;
      metadata?: { name?: unknown };
    };
    const name = policy.alertPolicyRef ?? policy.metadata?.name;
    return typeof name === 'string' && name ? [name] : [];
  });
}
