export { readLeadAttribute } from './attribute';
export { parseLeadLink } from './links';
export { recordUrlFor } from './record-url';
export { computeSalesforceSuffix, isSalesforceId, toSalesforce18 } from './salesforce';
export { findReferencesInText, minimumIdLength } from './text';
export type { LeadReference, ReferenceSource, TextMatch } from './types';
