// @ts-check
// The `fields` query parameter: a comma list of top-level keys, with one level of dot notation.

/** @typedef {Map<string, Set<string> | null>} FieldPlan */

/**
 * @param {string | null} value
 * @returns {FieldPlan | null} null when every field should be returned
 */
export function parseFields(value) {
  if (value === null || value.trim() === '') {
    return null;
  }
  /** @type {FieldPlan} */
  const plan = new Map();
  for (const field of value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [top = '', sub] = field.split('.', 2);
    const current = plan.get(top);
    if (sub === undefined) {
      plan.set(top, null);
    } else if (current !== null) {
      plan.set(top, (current ?? new Set()).add(sub));
    }
  }
  return plan;
}

/**
 * @param {Record<string, unknown>} lead
 * @param {FieldPlan | null} plan
 * @returns {Record<string, unknown>}
 */
export function pickFields(lead, plan) {
  if (!plan) {
    return lead;
  }
  /** @type {Record<string, unknown>} */
  const picked = {};
  for (const [key, subKeys] of plan) {
    if (!(key in lead)) {
      continue;
    }
    picked[key] = subKeys ? pickNested(lead[key], subKeys) : lead[key];
  }
  return picked;
}

/**
 * @param {unknown} value
 * @param {Set<string>} subKeys
 * @returns {unknown}
 */
function pickNested(value, subKeys) {
  if (Array.isArray(value)) {
    return value.map((item) => pickNested(item, subKeys));
  }
  if (value === null || typeof value !== 'object') {
    return value;
  }
  const source = /** @type {Record<string, unknown>} */ (value);
  return Object.fromEntries([...subKeys].filter((k) => k in source).map((k) => [k, source[k]]));
}
