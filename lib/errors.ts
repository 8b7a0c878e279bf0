/** Stable codes for everything that can keep a lead from showing. */
export const errorCodes = [
  'not-configured',
  'no-access',
  'bad-request',
  'unauthorized',
  'payment-required',
  'forbidden',
  'not-found',
  /** The CRM connection needs signing in again in Apideck Vault (ConnectorCredentialsError…). */
  'crm-sign-in',
  /** The CRM is not connected, not added or disabled for this consumer or application. */
  'crm-not-connected',
  /** The connector cannot do this (a filter, sort, paging or mapping it does not support). */
  'unsupported',
  'unprocessable',
  'rate-limited',
  'server',
  'timeout',
  'network',
  'invalid-response',
  'invalid-message',
  'unavailable',
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** A failure as a person sees it: `message` is a sentence that says what to do. */
export interface LeadError {
  code: ErrorCode;
  message: string;
  /** HTTP status, when the API answered. */
  status?: number;
  /** Apideck's `type_name`, e.g. `ConnectorCredentialsError`. */
  typeName?: string;
  /** Apideck's own words, shown under "details". */
  detail?: string;
  /** Apideck's `Request-Id`, for support. */
  requestId?: string;
  /** Seconds until a retry can succeed (rate limits). */
  retryAfterSeconds?: number;
}

/** Which action a view should offer next to an error. */
export type ErrorAction = 'options' | 'retry' | 'grant' | 'none';

export function chooseErrorAction(error: LeadError): ErrorAction {
  switch (error.code) {
    case 'not-configured':
    case 'unauthorized':
    case 'payment-required':
    case 'forbidden':
      return 'options';
    case 'no-access':
      return 'grant';
    case 'rate-limited':
    case 'server':
    case 'timeout':
    case 'network':
    case 'invalid-response':
    case 'internal':
      return 'retry';
    default:
      return 'none';
  }
}
