// Types for server.mjs, so TypeScript tests can import the plain-JS fake without allowJs.
import type { LeadEntry } from './leads.mjs';

export type SpecViolation = 'name-number' | 'no-data' | 'data-array' | 'bad-email-item';

export interface Fault {
  latencyMs?: number;
  hang?: true;
  status?: 429 | 500 | 502 | 503;
  retryAfter?: string;
  malformed?: true;
  specViolation?: SpecViolation;
  times?: number;
}

export interface LogEntry {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  time: number;
}

export interface FakeApideckOptions {
  port?: number;
  host?: string;
  apiKey?: string;
  appId?: string;
  consumerId?: string;
  leads?: LeadEntry[];
}

export interface FakeApideck {
  url: string;
  port: number;
  log: LogEntry[];
  setFault(id: string, fault: Fault | null): void;
  clearFaults(): void;
  resetLog(): void;
  close(): Promise<void>;
}

export function startFakeApideck(options?: FakeApideckOptions): Promise<FakeApideck>;
