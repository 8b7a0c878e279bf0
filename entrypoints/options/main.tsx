import { render } from 'preact';

import { OptionsApp } from '@/components/options-app';
import { localizeDocument } from '@/lib/i18n';
import '@/components/options/options.css';

localizeDocument('optionsTitle');
const root = document.getElementById('app');
if (root) {
  render(<OptionsApp />, root);
}
