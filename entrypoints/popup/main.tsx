import { render } from 'preact';

import { PopupApp } from '@/components/popup-app';
import { readLaunchParams } from '@/components/popup/launch-params';
import { localizeDocument } from '@/lib/i18n';
import '@/components/popup/popup.css';

localizeDocument('popupTitle');
const root = document.getElementById('app');
if (root) {
  render(<PopupApp launch={readLaunchParams(location.search)} />, root);
}
