/** Stable codes for everything that can keep a lead from showing. */
export const errorCodes = [
  'not-configured',
  'no-access',
  'bad-request',
  'unauthorized',
  'payment-required',
  'forbidden',
  'not-found',
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
