import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { createGetMessage, readCatalogue } from './support/chrome-i18n';

// Testing Library cleans up by itself only when Vitest globals are on; they are off here.
afterEach(() => cleanup());

// The fake browser has no i18n: serve the real English catalogue, so tests that read English
// text prove the messages.json the extension ships.
fakeBrowser.i18n.getMessage = createGetMessage(readCatalogue());
fakeBrowser.i18n.getUILanguage = () => 'en';
