import type { ErrorCode, LeadError } from '../errors';
import { t } from '../i18n';
import type { ErrorEnvelope } from '../lead/wire';
import { nameService } from '../services';
import { type ErrorSubject, findErrorType, notFoundType, signInType } from './error-types';

export interface FailedResponse {
  status: number;
  envelope: ErrorEnvelope | null;
  requestId?: string;
  retryAfterSeconds?: number;
}

export type LookupContext = ErrorSubject;

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

const clockTime = (at: Date): string =>
  at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/**
 * "…resumes lookups in 30 s", "…in 4 min (at 14:05)", "…in about 3 h (at 17:05)",
 * "…tomorrow at 08:13": when a paused service takes calls again, in words a person plans by.
 */
export function describePause(who: string, seconds: number, now = Date.now()): string {
  if (seconds < 90) {
    return t('errorRateLimitedSeconds', [who, String(Math.max(1, Math.ceil(seconds)))]);
  }

  const at = new Date(now + seconds * 1000);
  if (seconds < 90 * 60) {
    return t('errorRateLimitedMinutes', [who, String(Math.round(seconds / 60)), clockTime(at)]);
  }

  // Pauses end within a day (Retry-After is capped), so a later date is always tomorrow.
  return at.toDateString() === new Date(now).toDateString()
    ? t('errorRateLimitedHours', [who, String(Math.round(seconds / 3600)), clockTime(at)])
    : t('errorRateLimitedTomorrow', [who, clockTime(at)]);
}

/** A rate limit, with when Lead Viewer resumes calling that service. */
export function describeRateLimit(seconds: number | undefined, context: LookupContext): LeadError {
  const who = context.service ? nameService(context.service) : 'Apideck';
  const error: LeadError = {
    code: 'rate-limited',
    message:
      seconds === undefined ? t('errorRateLimitedShort', [who]) : describePause(who, seconds),
  };
  if (seconds !== undefined) {
    error.retryAfterSeconds = seconds;
  }

  return error;
}

function sentenceForStatus(code: ErrorCode, failed: FailedResponse, subject: ErrorSubject) {
  const crm = nameService(subject.service);
  switch (code) {
    case 'bad-request':
      return t('errorBadRequest');
    case 'unauthorized':
      return t('errorUnauthorized');
    case 'payment-required':
      return t('errorPlanLimit');
    case 'forbidden':
      return t('errorForbidden');
    case 'not-found':
      return notFoundType.sentence(subject);
    case 'unprocessable':
      return t('errorUnprocessable', [crm]);
    default:
      return t('errorServer', [crm, String(failed.status)]);
  }
}

/** The stable code and sentence: by Apideck's `type_name` when it documents one, else by status. */
function classify(failed: FailedResponse, subject: ErrorSubject) {
  const typeName = failed.envelope?.type_name;
  const known = findErrorType(typeName);
  const byStatus = codeForStatus(failed.status);
  if (failed.status === 429 || byStatus === 'rate-limited') {
    const limited = describeRateLimit(failed.retryAfterSeconds, subject);

    return { code: limited.code, message: limited.message };
  }

  if (known) {
    const code = known.code === 'status' ? byStatus : known.code;

    return { code, message: known.sentence(subject) };
  }

  // Apideck groups its OAuth failures under names that start with OAuth; new ones appear.
  if (typeName && /^OAuth\w*Error$/.test(typeName)) {
    return { code: 'crm-sign-in' as const, message: signInType.sentence(subject) };
  }

  return { code: byStatus, message: sentenceForStatus(byStatus, failed, subject) };
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
  const { code, message } = classify(failed, context);
  // Sentences may open with the CRM's name, which is "your CRM" when none is known.
  const sentence = message.charAt(0).toUpperCase() + message.slice(1);
  const error: LeadError = { code, message: sentence, status: failed.status };
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
