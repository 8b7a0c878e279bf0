import type { KnownServiceId } from '../../services';

/** How one CRM's lead record pages are recognised, once the host has picked the rule. */
export interface LinkRule {
  service: KnownServiceId;
  /** The lead ID the URL points at, or null when it is not a lead record page. */
  readId(url: URL): string | null;
}

/** The first capture group of `pattern` in `value`, or null. */
export function readCapture(pattern: RegExp, value: string): string | null {
  return pattern.exec(value)?.[1] ?? null;
}

/** True when `host` is a strict subdomain of `dottedSuffix` (which starts with a dot). */
export function isSubdomainOf(host: string, dottedSuffix: string): boolean {
  return host.length > dottedSuffix.length && host.endsWith(dottedSuffix);
}

/** A rule whose lead ID is the first capture of one path pattern. */
export function definePathRule(service: KnownServiceId, pathPattern: RegExp): LinkRule {
  return { service, readId: (url) => readCapture(pathPattern, url.pathname) };
}
