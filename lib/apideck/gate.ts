import type { Transported } from './transport';

/** One call as the gate sees it: whose quota it spends and when its caller stops waiting. */
export interface GateTicket {
  /** Calls sharing a scope share a quota: API base URL, consumer and service. */
  scope: string;
  /** The connector, for sentences ("Rate limited by Salesforce…"). */
  service?: string;
  /** Epoch ms after which the call must not start. */
  deadline: number;
  /**
   * The person asked again ("Try again", the card's Retry): this one call goes out despite a
   * quota pause, since a new key or a quota reset may have lifted it; a 429 renews the pause.
   */
  userRetry?: boolean;
}

/**
 * Decides when a call may go out: the background limits how many run at once and pauses a
 * service whose quota is spent. Whatever it decides, `run` settles by the ticket's deadline.
 */
export interface CallGate {
  run(ticket: GateTicket, call: () => Promise<Transported>): Promise<Transported>;
}

/** No queue, no pauses: every call goes out at once (unit tests, one-off calls). */
export const openGate: CallGate = { run: (_ticket, call) => call() };

/** The quota a call spends: per API base URL, consumer and connector. */
export function quotaScope(
  settings: { apiBaseUrl: string; consumerId: string },
  service: string | undefined,
): string {
  return `${settings.apiBaseUrl}|${settings.consumerId}|${service ?? ''}`;
}
