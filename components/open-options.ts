import { sendMessage } from '@/lib/messages';

/** The error notice's "Open options", for views that may message the background. */
export function openOptions(): void {
  void sendMessage('openOptions', {});
}
