import type { SearchField } from '@/lib/messages';

const phoneLike = /^\+?[\d\s().-]+$/;

/**
 * The search a typed "lead ID" really asks for: lead IDs have no spaces or @, and phone numbers
 * written with + or spaces are not IDs either. Null when it may well be an ID.
 */
export function guessSearchField(text: string): SearchField | null {
  const value = text.trim();
  if (value.includes('@')) {
    return 'email';
  }

  const digits = value.replace(/\D/g, '').length;
  if (phoneLike.test(value) && /[+\s]/.test(value) && digits >= 5) {
    return 'phone_number';
  }

  return /\s/.test(value) ? 'name' : null;
}
