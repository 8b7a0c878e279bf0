/** Where a lead reference was found on a page. */
export type ReferenceSource = 'text' | 'link' | 'attribute';

/** A lead ID found on a page, with the CRM it belongs to when the pattern knows it. */
export interface LeadReference {
  id: string;
  /** Apideck service ID (`salesforce`, `pipedrive`, …); absent when the CRM is unknown. */
  service?: string;
  /** The lead's record page in its CRM, when known (it was a link, or the URL shape is fixed). */
  recordUrl?: string;
  source: ReferenceSource;
}

/** A reference found inside a string, by UTF-16 offsets: `text.slice(start, end)` is the ID. */
export interface TextMatch {
  start: number;
  end: number;
  reference: LeadReference;
}
