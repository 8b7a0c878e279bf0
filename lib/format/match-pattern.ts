/**
 * The host permission pattern for a page or API URL, e.g. `https://example.com/*`; null for
 * anything but http(s). Ports are left out: Firefox rejects them and a portless pattern
 * covers every port.
 */
export function toMatchPattern(url: string | null | undefined): string | null {
  if (!url) {
    return null;
  }

  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
      return null;
    }

    return parsed.hostname === '' ? null : `${parsed.protocol}//${parsed.hostname}/*`;
  } catch {
    return null;
  }
}
