import { stripBidiControls } from '../format/bidi';
import { safeHref } from '../format/href';
import type { Email, Lead, PhoneNumber } from './model';

export { formatAddress } from '../format/address';
export { stripBidiControls } from '../format/bidi';
export { formatCustomValue } from '../format/custom-value';
export { formatAmount } from '../format/money';
export { formatExactTime, formatRelativeTime } from '../format/time';
export { mailtoHref, safeHref, telHref } from '../format/href';

const filled = (value: string | null | undefined): value is string =>
  typeof value === 'string' && value.trim() !== '';

const isPrimary = (type: string | null): boolean => type?.toLowerCase() === 'primary';

/** The name the CRM has, else first and last name, else the company; never invented. */
export function displayName(lead: Lead): string | null {
  const name = pickName(lead);

  return name === null ? null : stripBidiControls(name);
}

function pickName(lead: Lead): string | null {
  if (filled(lead.name)) {
    return lead.name.trim();
  }

  const parts = [lead.firstName, lead.lastName].filter(filled).map((part) => part.trim());
  if (parts.length > 0) {
    return parts.join(' ');
  }

  return filled(lead.companyName) ? lead.companyName.trim() : null;
}

/** Up to two letters for an avatar ("AL" for "Ada Linwood"); empty when the name has none. */
export function initialsOf(name: string | null): string {
  const words = (name ?? '').split(/\s+/);
  const letters = words
    .map((word) => word.match(/[\p{L}\p{N}]/u)?.[0] ?? '')
    .filter((letter) => letter !== '');
  const picked = letters.length > 1 ? [letters[0], letters[letters.length - 1]] : letters;

  return picked.join('').toUpperCase();
}

/** The address typed "primary", else the first one that has an address at all. */
export function primaryEmail(lead: Lead): string | null {
  const usable = lead.emails.filter((item): item is Email & { email: string } =>
    filled(item.email),
  );
  const chosen = usable.find((item) => isPrimary(item.type)) ?? usable[0];

  return chosen ? chosen.email.trim() : null;
}

/** The number typed "primary", else the first one with any digits in it. */
export function primaryPhoneNumber(lead: Lead): PhoneNumber | null {
  const usable = lead.phoneNumbers.filter((item) => /\d/.test(item.number));

  return usable.find((item) => isPrimary(item.type)) ?? usable[0] ?? null;
}

/** "+1 617 555-0142 ext. 204": country and area codes and extension when the CRM sent them. */
export function formatPhone(phone: PhoneNumber): string {
  const number = phone.number.trim();
  const international = number.startsWith('+');
  const code = (phone.countryCode ?? '').trim().replace(/^\+/, '');
  const country = code === '' ? '' : `+${code}`;
  const area = filled(phone.areaCode) ? phone.areaCode.trim() : '';
  const parts = international ? [number] : [country, area, number].filter((part) => part !== '');
  // A no-break space keeps "ext." and its number on one line.
  const extension = filled(phone.extension) ? ` ext.\u00a0${phone.extension.trim()}` : '';

  return `${parts.join(' ')}${extension}`;
}

export function primaryPhone(lead: Lead): string | null {
  const phone = primaryPhoneNumber(lead);

  return phone ? formatPhone(phone) : null;
}

/** The first website that is safe to link to (http or https). */
export function firstWebsite(lead: Lead): string | null {
  for (const site of lead.websites) {
    const href = safeHref(site.url);
    if (href !== null) {
      return href;
    }
  }

  return null;
}
