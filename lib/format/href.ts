import type { PhoneNumber } from '../lead/model';

const controlOrSpace = /[\s\p{Cc}<>"]/u;

/** The URL when it is an absolute http(s) URL; null for javascript:, data:, relative or junk. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) {
    return null;
  }

  try {
    const parsed = new URL(url.trim());

    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A mailto: link for one plain address; the parts are encoded so no header can be smuggled. */
export function mailtoHref(email: string | null | undefined): string | null {
  const address = email?.trim() ?? '';
  const at = address.lastIndexOf('@');
  if (at < 1 || at === address.length - 1 || controlOrSpace.test(address)) {
    return null;
  }

  const local = encodeURIComponent(address.slice(0, at));
  const domain = encodeURIComponent(address.slice(at + 1));

  return `mailto:${local}@${domain}`;
}

const digits = (value: string | null): string => (value ?? '').replace(/\D/g, '');
const dialable = /^[\d\s()+\-./]+$/;

/** A tel: link (RFC 3966) made of digits only, for numbers written with phone characters only. */
export function telHref(phone: PhoneNumber): string | null {
  if (!dialable.test(phone.number)) {
    return null;
  }

  const international = phone.number.trim().startsWith('+');
  const country = international ? '' : digits(phone.countryCode);
  const area = international ? '' : digits(phone.areaCode);
  const local = digits(phone.number);
  if (local === '') {
    return null;
  }

  const prefix = international || country !== '' ? '+' : '';
  const extension = digits(phone.extension);

  return `tel:${prefix}${country}${area}${local}${extension === '' ? '' : `;ext=${extension}`}`;
}
