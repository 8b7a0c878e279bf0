import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const outputDir = resolve(projectRoot, process.env.WXT_OUT_DIR ?? '.output');
export const extensionPath = resolve(outputDir, 'chrome-mv3-e2e');
export const screenshotDir = resolve(projectRoot, process.env.TEST_OUTPUT_DIR ?? 'test-output');
