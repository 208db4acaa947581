import { DateTime, DurationLikeObject } from 'luxon';
import { durationSeconds, parseDuration } from '@internal/plugin-slo-common';

type TimeWindow = {
  duration: string;
  isRolling?: boolean;
  calendar?: { startTime: string; timeZone: string };
};

const CALENDAR_UNITS: Record<string, keyof DurationLikeObject> = {
  h: 'hours',
  d: 'days',
  w: 'weeks',
  M: 'months',
  Q: 'quarters',
  Y: 'years',
};

/**
 * The budget period an SLO is measured over at a moment: a rolling window
 * ends now; a calendar window runs from the start of the current period.
 */
export function budgetPeriod(
  window: TimeWindow,
  at: Date,
): { windowSeconds: number; periodSeconds: number } {
  if (window.isRolling || !window.calendar) {
    const seconds = durationSeconds(window.duration);
    return { windowSeconds: seconds, periodSeconds: seconds };
  }
  const { count, unit } = parseDuration(window.duration)!;
  const step = { [CALENDAR_UNITS[unit]]: count };
  const now = DateTime.fromJSDate(at).setZone(window.calendar.timeZone);
  let start = DateTime.fromFormat(
    window.calendar.startTime,
    'yyyy-MM-dd HH:mm:ss',
    { zone: window.calendar.timeZone },
  );
  let end = start.plus(step);
  while (end <= now) {
    start = end;
    end = start.plus(step);
  }
  return {
    windowSeconds: Math.max(60, Math.round(now.diff(start).as('seconds'))),
    periodSeconds: Math.round(end.diff(start).as('seconds')),
  };
}
