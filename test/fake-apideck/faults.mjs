// @ts-check
// Per-lead fault injection: latency, hangs, error statuses, broken JSON and spec violations.

/**
 * @typedef {'name-number' | 'no-data' | 'data-array' | 'bad-email-item'} SpecViolation
 * @typedef {{ latencyMs?: number, hang?: true, status?: 429 | 500 | 502 | 503,
 *   retryAfter?: string, malformed?: true, specViolation?: SpecViolation,
 *   times?: number }} Fault
 */

export const FAULT_STATUSES = Object.freeze([429, 500, 502, 503]);
export const SPEC_VIOLATIONS = Object.freeze([
  'name-number',
  'no-data',
  'data-array',
  'bad-email-item',
]);

/**
 * Rejects fault objects the fake cannot honour, so typos fail loudly in tests.
 * @param {Fault} fault
 */
export function assertFault(fault) {
  const { latencyMs, status, specViolation, times } = fault;
  if (latencyMs !== undefined && !(Number.isFinite(latencyMs) && latencyMs >= 0)) {
    throw new TypeError(`latencyMs must be a non-negative number, got ${latencyMs}`);
  }
  if (status !== undefined && !FAULT_STATUSES.includes(status)) {
    throw new TypeError(`status must be one of ${FAULT_STATUSES.join(', ')}, got ${status}`);
  }
  if (specViolation !== undefined && !SPEC_VIOLATIONS.includes(specViolation)) {
    throw new TypeError(`unknown specViolation ${specViolation}`);
  }
  if (times !== undefined && !(Number.isInteger(times) && times > 0)) {
    throw new TypeError(`times must be a positive integer, got ${times}`);
  }
}

export function createFaultStore() {
  /** @type {Map<string, { fault: Fault, left: number }>} */
  const faults = new Map();
  return {
    /** @param {string} id @param {Fault | null | undefined} fault */
    set(id, fault) {
      if (!fault) {
        return void faults.delete(id);
      }
      assertFault(fault);
      faults.set(id, { fault: { ...fault }, left: fault.times ?? Infinity });
    },
    clear: () => faults.clear(),
    /**
     * The fault for the first id that has one, counting one use against `times`.
     * @param {(string | undefined)[]} candidates
     * @returns {Fault | undefined}
     */
    take(candidates) {
      const id = candidates.find((candidate) => candidate !== undefined && faults.has(candidate));
      const slot = id === undefined ? undefined : faults.get(id);
      if (id === undefined || !slot) {
        return undefined;
      }
      slot.left -= 1;
      if (slot.left <= 0) {
        faults.delete(id);
      }
      return slot.fault;
    },
  };
}

/**
 * A JSON text cut in half: a proper prefix of an object is never valid JSON.
 * @param {unknown} body
 */
export function truncatedJson(body) {
  const text = JSON.stringify(body);
  return text.slice(0, Math.max(1, Math.floor(text.length / 2)));
}

/**
 * A copy of a GetLeadResponse envelope that breaks crm.yml in the requested way.
 * @param {Record<string, unknown>} envelope
 * @param {SpecViolation} kind
 * @returns {Record<string, unknown>}
 */
export function violateSpec(envelope, kind) {
  const data = /** @type {Record<string, unknown>} */ (structuredClone(envelope.data));
  switch (kind) {
    case 'name-number':
      return { ...envelope, data: { ...data, name: 1234567 } };
    case 'no-data': {
      const rest = { ...envelope };
      delete rest.data;
      return rest;
    }
    case 'data-array':
      return { ...envelope, data: [data] };
    case 'bad-email-item':
      return { ...envelope, data: { ...data, emails: badEmails(data.emails) } };
  }
}

/** @param {unknown} emails One good email next to an item whose `email` is a number. */
function badEmails(emails) {
  const first = Array.isArray(emails) ? emails.find((item) => item && item.email) : undefined;
  const good = first ?? { id: null, email: 'good@example.com', type: 'primary' };
  return [good, { id: 'bad-1', email: 42, type: 'work' }];
}
