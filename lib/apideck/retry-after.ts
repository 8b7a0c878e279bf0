const maxSeconds = 24 * 60 * 60;

/** `Retry-After` as seconds from now: delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) {
    return undefined;
  }

  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) {
    return Math.min(Number(trimmed), maxSeconds);
  }

  // Only an HTTP date has letters (a weekday, a month); V8 would read "5.5" as a date too.
  const date = /[a-z]/i.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  if (Number.isNaN(date)) {
    return undefined;
  }

  return Math.min(Math.max(0, Math.ceil((date - now) / 1000)), maxSeconds);
}

/**
 * `x-downstream-ratelimit-reset` as seconds from now. Apideck calls it a Unix timestamp without
 * saying whether in seconds or milliseconds, so both are accepted.
 */
export function parseRateLimitReset(value: string | null, now: number): number | undefined {
  if (!value || !/^\d+(\.\d+)?$/.test(value.trim())) {
    return undefined;
  }

  const stamp = Number(value);
  const resetMs = stamp > 1e12 ? stamp : stamp * 1000;
  if (resetMs <= now) {
    return undefined;
  }

  return Math.min(Math.ceil((resetMs - now) / 1000), maxSeconds);
}
