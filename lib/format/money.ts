/** Above this an amount is surely a CRM's placeholder or slip; 1E21 fits its cell, 22 digits do not. */
const hugeAmount = 1e15;

function numberOptions(amount: number): Intl.NumberFormatOptions {
  return Math.abs(amount) >= hugeAmount
    ? { notation: 'scientific', maximumSignificantDigits: 3 }
    : { maximumFractionDigits: 2 };
}

const numberOnly = (amount: number, locale?: string): string =>
  new Intl.NumberFormat(locale, numberOptions(amount)).format(amount);

// ISO 4217 codes are three letters; anything else (UNKNOWN_CURRENCY, "$$") is no currency at all.
const isCurrencyCode = (code: string): boolean => /^[A-Za-z]{3}$/.test(code);

function formatWithCurrency(amount: number, currency: string, locale?: string): string {
  const huge = Math.abs(amount) >= hugeAmount ? numberOptions(amount) : {};
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, ...huge }).format(amount);
  } catch {
    // A three-letter code this browser's Intl refuses still says which currency it is.
    return `${numberOnly(amount, locale)} ${currency}`;
  }
}

/**
 * A monetary amount in its currency ("$75,000.00", "¥75,000"); a code that is not three
 * letters is dropped (the number alone), and amounts of 10^15 or more show as "1E21".
 * Never throws.
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

    return isCurrencyCode(code)
      ? formatWithCurrency(amount, code, locale)
      : numberOnly(amount, locale);
  } catch {
    // Only an invalid locale tag gets here.
    return String(amount);
  }
}
