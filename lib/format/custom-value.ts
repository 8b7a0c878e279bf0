import { t } from '../i18n';
import { stripBidiControls } from './bidi';

/** A custom field's value as readable text; objects and arrays never print "[object Object]". */
export function formatCustomValue(value: unknown): string {
  if (value === undefined || value === null) {
    return '—';
  }

  if (typeof value === 'boolean') {
    return value ? t('valueYes') : t('valueNo');
  }

  if (typeof value === 'string') {
    return stripBidiControls(value);
  }

  if (typeof value === 'number') {
    return String(value);
  }

  if (Array.isArray(value)) {
    return value.length === 0 ? '—' : value.map(formatNested).join(', ');
  }

  if (typeof value === 'object') {
    return formatObject(value);
  }

  // JSON never holds the rest (functions, symbols, bigints); show them as empty.
  return typeof value === 'bigint' ? value.toString() : '—';
}

function formatNested(value: unknown): string {
  const text = formatCustomValue(value);
  if (Array.isArray(value)) {
    return `[${text}]`;
  }

  return typeof value === 'object' && value !== null ? `{ ${text} }` : text;
}

function formatObject(value: object): string {
  const entries = Object.entries(value);
  if (entries.length === 0) {
    return '—';
  }

  return entries.map(([key, item]) => `${key}: ${formatNested(item)}`).join('; ');
}
