// @ts-check
// Salesforce 15→18 id checksum (apideck-api.md §9), used to accept both id lengths.

const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const ID15 = /^[0-9A-Za-z]{15}$/;
const ID18 = /^[0-9A-Za-z]{18}$/;

/**
 * Three-character checksum for a 15-character Salesforce id.
 * @param {string} id15
 * @returns {string}
 */
export function salesforceSuffix(id15) {
  let suffix = '';
  for (let start = 0; start < 15; start += 5) {
    let bits = 0;
    for (let i = 0; i < 5; i += 1) {
      const char = id15.charAt(start + i);
      if (char >= 'A' && char <= 'Z') {
        bits |= 1 << i;
      }
    }
    suffix += SUFFIX_ALPHABET.charAt(bits);
  }
  return suffix;
}

/**
 * The 18-character form of a well-formed 15-character id, else null.
 * @param {string} id
 * @returns {string | null}
 */
export function toSalesforce18(id) {
  return ID15.test(id) ? id + salesforceSuffix(id) : null;
}

/**
 * True when an 18-character id carries the checksum of its first 15 characters.
 * @param {string} id
 * @returns {boolean}
 */
export function hasValidChecksum(id) {
  return ID18.test(id) && salesforceSuffix(id.slice(0, 15)) === id.slice(15).toUpperCase();
}
