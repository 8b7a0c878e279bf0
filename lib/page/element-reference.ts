import { type LeadReference, parseLeadLink, readLeadAttribute } from '@/lib/detect';

/** The lead an element names by `data-lead-id`, else by linking to a CRM lead page. */
export function readElementReference(
  element: Element,
  links: boolean,
  attributes: boolean,
): LeadReference | null {
  if (attributes && element.hasAttribute('data-lead-id')) {
    const reference = readLeadAttribute(
      element.getAttribute('data-lead-id'),
      element.getAttribute('data-lead-service'),
    );
    if (reference !== null) {
      return reference;
    }
  }

  // `a.href` is the resolved absolute URL; SVG links are not HTMLAnchorElements and are skipped.
  return links && element instanceof HTMLAnchorElement && element.href !== ''
    ? parseLeadLink(element.href)
    : null;
}
