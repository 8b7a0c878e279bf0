import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

import { findChromium } from '../../../scripts/chromium.mjs';
import { extensionPath } from './paths';

/** Fails loudly, never skips, when the browser or the build is missing. */
export default function setup(): void {
  findChromium();
  if (process.env.LEAD_VIEWER_SKIP_BUILD !== '1' || !existsSync(`${extensionPath}/manifest.json`)) {
    execSync('npm run build:e2e', { stdio: 'inherit' });
  }
}
