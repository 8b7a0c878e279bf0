import type { Address } from '../lead/model';
import { stripBidiControls } from './bidi';

const filled = (value: string | null): value is string => value !== null && value.trim() !== '';

/** An address as lines, from the structured parts or the one-line string the CRM sent. */
export function formatAddress(address: Address): string[] {
  const street = [address.streetNumber, address.line1].filter(filled).join(' ');
  const cityLine = [address.postalCode, address.city].filter(filled).join(' ');
  const region = [address.county, address.state].filter(filled).join(', ');
  const lines = [
    address.name,
    street,
    address.line2,
    address.line3,
    address.line4,
    address.line5,
    cityLine,
    region,
    address.country,
  ].filter(filled);

  if (lines.length === 0 && filled(address.string)) {
    const parts = address.string.split(/\r?\n|,\s*/).filter((line) => line.trim() !== '');

    return parts.map(stripBidiControls);
  }

  return lines.map((line) => stripBidiControls(line.trim()));
}
