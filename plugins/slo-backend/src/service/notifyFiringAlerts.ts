import { LoggerService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { runbookDocsHref } from '@internal/plugin-runbook-common';
import { SloEvaluation } from '@internal/plugin-slo-common';

/** The notifications' topic: users can turn it off in their settings. */
const ALERT_FIRING_TOPIC = 'slo-alert-firing';

const firing = (evaluation?: SloEvaluation) =>
  new Set(
    (evaluation?.objectives ?? []).flatMap(o =>
      o.alerts.flatMap(a =>
        a.state === 'firing' && a.policy ? [a.policy] : [],
      ),
    ),
  );

/**
 * Tells the owners of an SLO's component about each burn-rate alert that
 * started firing since the previous evaluation, with a link to the runbook
 * section named after the alert policy. An alert that keeps firing says
 * nothing more.
 */
export async function notifyFiringAlerts(
  deps: { notifications?: NotificationService; logger: LoggerService },
  slo: { ref: string; title: string; ownerRef?: string; component?: Entity },
  previous: SloEvaluation | undefined,
  current: SloEvaluation,
) {
  if (!deps.notifications || !slo.ownerRef) return;
  const before = firing(previous);
  for (const policy of firing(current)) {
    if (before.has(policy)) continue;
    try {
      await deps.notifications.send({
        recipients: { type: 'entity', entityRef: slo.ownerRef },
        payload: {
          title: `${slo.title}: ${policy} is firing`,
          description:
            'The SLO burns its error budget faster than this alert allows. The link opens the runbook section for it.',
          link: slo.component
            ? runbookDocsHref(slo.component, policy)
            : undefined,
          severity: 'high',
          topic: ALERT_FIRING_TOPIC,
          scope: `slo-alert:${slo.ref}:${policy}`,
        },
      });
    } catch (error) {
      deps.logger.warn(
        `Could not notify the owners of ${slo.ref}: ${
          (error as Error).message
        }`,
      );
    }
  }
}
