// Types for chromium.mjs, so TypeScript tests can import the plain-JS launcher.
import type { BrowserContext, Worker } from 'playwright-core';

export const installHint: string;
export function findChromium(): string;
export function launchWithExtension(options: {
  extensionPath: string;
  headless?: boolean;
  viewport?: { width: number; height: number };
}): Promise<{
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}>;
