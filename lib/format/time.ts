const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

function toTime(iso: string | null): number | null {
  if (iso === null || iso.trim() === '') {
    return null;
  }

  const time = Date.parse(iso);

  return Number.isFinite(time) ? time : null;
}

function pickUnit(seconds: number): [Intl.RelativeTimeFormatUnit, number] {
  const absolute = Math.abs(seconds);
  for (const [unit, size] of units) {
    if (absolute >= size) {
      return [unit, Math.round(seconds / size)];
    }
  }

  return ['second', Math.round(seconds)];
}

/** "3 hours ago", "yesterday", "in 2 days"; null for missing or unreadable dates. */
export function formatRelativeTime(
  iso: string | null,
  now: number | Date,
  locale?: string,
): string | null {
  const time = toTime(iso);
  if (time === null) {
    return null;
  }

  try {
    const [unit, value] = pickUnit((time - Number(now)) / 1000);

    return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(value, unit);
  } catch {
    return null;
  }
}

/** The exact date and time, for a title next to a relative time. */
export function formatExactTime(iso: string | null, locale?: string): string | null {
  const time = toTime(iso);
  if (time === null) {
    return null;
  }

  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
      time,
    );
  } catch {
    return null;
  }
}
