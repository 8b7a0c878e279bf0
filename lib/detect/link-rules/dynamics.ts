import type { LinkRule } from './rule';

const hostPattern = /^[a-z0-9-]+\.crm[0-9]*\.dynamics\.com$/;
const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A bare lower-case GUID; Dynamics URLs wrap record IDs in braces (often as %7B…%7D). */
function normaliseGuid(value: string | null): string | null {
  const lower = value?.toLowerCase() ?? '';
  const bare = lower.startsWith('{') && lower.endsWith('}') ? lower.slice(1, -1) : lower;
  return guidPattern.test(bare) ? bare : null;
}

function isLeadRecordPage(params: URLSearchParams): boolean {
  const pageType = params.get('pagetype');
  // Older deep links omit pagetype; on a list or dashboard page the `id` is not a lead's.
  const isRecordPage = pageType === null || pageType.toLowerCase() === 'entityrecord';
  return isRecordPage && params.get('etn')?.toLowerCase() === 'lead';
}

/** `{org}.crm{N}.dynamics.com/main.aspx?…&etn=lead&id={guid}`. */
export const dynamicsRule: LinkRule = {
  service: 'microsoft-dynamics',
  readId(url) {
    if (!hostPattern.test(url.hostname) || url.pathname.toLowerCase() !== '/main.aspx') {
      return null;
    }

    return isLeadRecordPage(url.searchParams) ? normaliseGuid(url.searchParams.get('id')) : null;
  },
};
