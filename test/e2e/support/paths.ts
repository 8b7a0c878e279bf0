import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const extensionPath = resolve(projectRoot, '.output/chrome-mv3-e2e');
export const screenshotDir = resolve(projectRoot, 'test-output');
