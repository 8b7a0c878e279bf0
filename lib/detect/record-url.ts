const closeLeadIdPattern = /^lead_[0-9A-Za-z]{43}$/;
const integerIdPattern = /^[0-9]{1,20}$/;

/** Close's lead page: the API returns this same URL as the lead's `html_url`. */
export function buildCloseRecordUrl(id: string): string {
  return `https://app.close.com/lead/${id}/`;
}

/** A lead's record page, when its URL needs no account-specific host; otherwise undefined. */
export function recordUrlFor(reference: { id: string; service?: string }): string | undefined {
  const { id, service } = reference;
  // An ID of the wrong shape would only make a link to a page that does not exist.
  if (service === 'close' && closeLeadIdPattern.test(id)) {
    return buildCloseRecordUrl(id);
  }

  if (service === 'zendesk-sell' && integerIdPattern.test(id)) {
    return `https://app.futuresimple.com/leads/${id}`;
  }

  // Salesforce record pages live on each org's own My Domain host, which an ID alone lacks.
  return undefined;
}
