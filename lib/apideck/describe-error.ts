import type { ErrorCode, LeadError } from '../errors';
import type { ErrorEnvelope } from '../lead/wire';
import { nameService } from '../services';

export interface FailedResponse {
  status: number;
  envelope: ErrorEnvelope | null;
  requestId?: string;
  retryAfterSeconds?: number;
}

export interface LookupContext {
  id?: string;
  service?: string;
}

// Connector-side sign-in problems are fixed in Apideck Vault, not in our options.
const vaultErrors = /^(ConnectorCredentialsError|ConnectorDisabledError|OAuth\w*)$/;
const missingConnection =
  /^(ConnectionNotFoundError|IntegrationNotFoundError|ConnectorNotFoundError)$/;

function codeForStatus(status: number): ErrorCode {
  const codes: Record<number, ErrorCode> = {
    400: 'bad-request',
    401: 'unauthorized',
    402: 'payment-required',
    403: 'forbidden',
    404: 'not-found',
    422: 'unprocessable',
    429: 'rate-limited',
  };

  return codes[status] ?? 'server';
}

function describeNotFound(typeName: string | undefined, context: LookupContext): string {
  const crm = nameService(context.service);
  if (typeName && missingConnection.test(typeName)) {
    return (
      `${crm} is not connected for this consumer in Apideck. Connect it in Apideck Vault, ` +
      'or change the Service ID in Options.'
    );
  }

  return context.id
    ? `No lead with ID ${context.id} in ${crm}.`
    : `Apideck found nothing at that address. Check the API base URL in Options.`;
}

function describeRateLimit(seconds: number | undefined, context: LookupContext): string {
  const who = context.service ? nameService(context.service) : 'Apideck';
  const when = seconds === undefined ? 'in a minute' : `in ${seconds} s`;

  return `Rate limited by ${who}. Try again ${when}.`;
}

function sentenceFor(code: ErrorCode, failed: FailedResponse, context: LookupContext): string {
  const typeName = failed.envelope?.type_name;
  const crm = nameService(context.service);
  if (typeName && vaultErrors.test(typeName)) {
    return `Apideck cannot sign in to ${crm}. Reconnect ${crm} in Apideck Vault.`;
  }

  switch (code) {
    case 'bad-request':
      return 'Apideck refused the request. Check the app ID, consumer ID and service ID in Options.';
    case 'unauthorized':
      return 'Apideck rejected the API key or app ID. Check them in Options.';
    case 'payment-required':
      return "Your Apideck plan's request limit is reached. Raise it in the Apideck dashboard.";
    case 'forbidden':
      return 'This Apideck key may not read leads. Check its permissions in the Apideck dashboard.';
    case 'not-found':
      return describeNotFound(typeName, context);
    case 'unprocessable':
      return `${crm} could not process this lookup. Check the lead ID and try again.`;
    case 'rate-limited':
      return describeRateLimit(failed.retryAfterSeconds, context);
    default:
      return `Apideck or ${crm} had a problem (HTTP ${failed.status}). Try again in a moment.`;
  }
}

function describeDetail(envelope: ErrorEnvelope | null): string | undefined {
  if (!envelope) {
    return undefined;
  }

  const detail = typeof envelope.detail === 'string' ? envelope.detail : undefined;
  const words = [envelope.message, detail].filter(Boolean).join(' — ');

  return words ? words.slice(0, 500) : undefined;
}

/** Turns an HTTP failure into a typed error whose message says what to do. */
export function describeFailedResponse(failed: FailedResponse, context: LookupContext): LeadError {
  const code = codeForStatus(failed.status);
  const error: LeadError = {
    code,
    message: sentenceFor(code, failed, context),
    status: failed.status,
  };
  const typeName = failed.envelope?.type_name;
  const detail = describeDetail(failed.envelope);
  if (typeName) {
    error.typeName = typeName;
  }

  if (detail) {
    error.detail = detail;
  }

  if (failed.requestId) {
    error.requestId = failed.requestId;
  }

  if (failed.retryAfterSeconds !== undefined) {
    error.retryAfterSeconds = failed.retryAfterSeconds;
  }

  return error;
}
