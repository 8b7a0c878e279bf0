import type { ErrorCode } from '@/lib/errors';
import { t } from '@/lib/i18n';

const escapeForRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * An error sentence as the options page shows it: the person is already "in Options", so
 * "Check the app ID in Options." reads "Check the app ID." and a request to grant access points
 * at the button below it. The words come from the catalogue (`optionsPageMention`), so this works
 * in every language whose translator wrote them the way its sentences do.
 */
export function describeForOptions(message: string, code?: ErrorCode): string {
  const mention = t('optionsPageMention').trim();
  // Only where the words end a clause ("Options menu" is not this page); a language that puts
  // them mid-clause keeps them, which is redundant here but still true.
  const pattern = new RegExp(`(\\s*)${escapeForRegExp(mention)}(?=[.,;:!?。、]|$)`, 'gu');
  if (code === 'no-access') {
    return message.replace(pattern, (_match, space: string) => `${space}${t('optionsPageBelow')}`);
  }

  return message.replace(pattern, '');
}
