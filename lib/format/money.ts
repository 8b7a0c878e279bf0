const numberOnly = (amount: number, locale?: string): string =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(amount);

function formatWithCurrency(amount: number, currency: string, locale?: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
  } catch {
    // Intl throws a RangeError for codes that are not three letters (e.g. UNKNOWN_CURRENCY).
    return `${numberOnly(amount, locale)} ${currency}`;
  }
}

/**
 * A monetary amount in its currency ("$75,000.00", "¥75,000"); unknown or malformed currency
 * codes fall back to the number followed by the code as the CRM sent it. Never throws.
 */
export function formatAmount(
  amount: number | null,
  currency: string | null,
  locale?: string,
): string | null {
  if (amount === null || !Number.isFinite(amount)) {
    return null;
  }

  try {
    const code = currency?.trim() ?? '';

    return code === '' ? numberOnly(amount, locale) : formatWithCurrency(amount, code, locale);
  } catch {
    // Only an invalid locale tag gets here.
    return String(amount);
  }
}
