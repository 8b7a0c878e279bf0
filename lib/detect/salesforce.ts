/** Maps a chunk's 5-bit upper-case mask to its checksum character (Salesforce's 15→18 rule). */
const suffixAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const id15Pattern = /^[0-9A-Za-z]{15}$/;
const id18Pattern = /^[0-9A-Za-z]{18}$/;

/** Bit i is set when character i of the 5-character chunk at `offset` is an upper-case letter. */
function readChunkMask(id: string, offset: number): number {
  let mask = 0;
  for (let index = 0; index < 5; index++) {
    const code = id.charCodeAt(offset + index);
    if (code >= 65 && code <= 90) {
      mask |= 1 << index;
    }
  }

  return mask;
}

/** The checksum of the first 15 characters of `id`, which the caller has already validated. */
export function computeSuffixUnchecked(id: string): string {
  return (
    suffixAlphabet.charAt(readChunkMask(id, 0)) +
    suffixAlphabet.charAt(readChunkMask(id, 5)) +
    suffixAlphabet.charAt(readChunkMask(id, 10))
  );
}

/** The 3-character checksum Salesforce appends to a 15-character ID; throws on other input. */
export function computeSalesforceSuffix(id15: string): string {
  if (!id15Pattern.test(id15)) {
    throw new RangeError('A Salesforce ID suffix needs exactly 15 base-62 characters.');
  }

  return computeSuffixUnchecked(id15);
}

/** True for a 15-character base-62 ID, or an 18-character one whose checksum matches. */
export function isSalesforceId(id: string): boolean {
  if (id15Pattern.test(id)) {
    return true;
  }

  // Salesforce emits the suffix upper-case only; a lower-case one means the ID's case was altered.
  return id18Pattern.test(id) && id.endsWith(computeSuffixUnchecked(id));
}

/** The 18-character form of a valid Salesforce ID; throws on anything isSalesforceId rejects. */
export function toSalesforce18(id: string): string {
  if (!isSalesforceId(id)) {
    throw new RangeError('Not a Salesforce ID.');
  }

  return id.length === 18 ? id : id + computeSuffixUnchecked(id);
}
