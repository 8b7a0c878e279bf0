const maxSeconds = 24 * 60 * 60;
// IMF-fixdate, RFC 850 and asctime (RFC 9110 §5.6.7).
const httpDate = new RegExp(
  [
    /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/.source,
    /^[A-Z][a-z]+, \d{2}-[A-Z][a-z]{2}-\d{2} \d{2}:\d{2}:\d{2} GMT$/.source,
    /^[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} \d{4}$/.source,
  ].join('|'),
);

/** `Retry-After` as seconds from now: delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) {
    return undefined;
  }

  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) {
    return Math.min(Number(trimmed), maxSeconds);
  }

  // Only the three HTTP date forms: V8's Date.parse reads "5.5" or "soon 5" as dates too.
  const date = httpDate.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
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
