import type { ErrorCode } from '../errors';
import { type MessageKey, t } from '../i18n';
import { nameService } from '../services';

/** What a sentence may mention: the CRM, the lead and, for a search, the field searched by. */
export interface ErrorSubject {
  id?: string;
  service?: string;
  filter?: string;
}

export interface ErrorType {
  /** `status` keeps the code the HTTP status implies (the connector's own status passes through). */
  code: ErrorCode | 'status';
  sentence: (subject: ErrorSubject) => string;
}

const crmOf = (subject: ErrorSubject) => nameService(subject.service);
const unsupportedFilterKeys: Record<string, MessageKey> = {
  name: 'errorUnsupportedFilterName',
  email: 'errorUnsupportedFilterEmail',
  phone_number: 'errorUnsupportedFilterPhone',
  first_name: 'errorUnsupportedFilterFirstName',
  last_name: 'errorUnsupportedFilterLastName',
};

function unsupportedFilter(subject: ErrorSubject): string {
  return t(unsupportedFilterKeys[subject.filter ?? ''] ?? 'errorUnsupportedFilterOther', [
    crmOf(subject),
  ]);
}

/** An entry whose sentence only names the CRM. */
const aboutCrm = (code: ErrorType['code'], key: MessageKey): ErrorType => ({
  code,
  sentence: (s) => t(key, [crmOf(s)]),
});

/** An entry whose sentence is the same for every CRM. */
const fixed = (code: ErrorType['code'], key: MessageKey): ErrorType => ({
  code,
  sentence: () => t(key),
});

/** A lead or route that does not exist; also what a 404 without a known type name means. */
export const notFoundType: ErrorType = {
  code: 'not-found',
  sentence: (s) => (s.id ? t('errorLeadNotFound', [s.id, crmOf(s)]) : t('errorNothingAtAddress')),
};

/** Connector sign-in failures, fixed in Apideck Vault rather than in our options. */
export const signInType = aboutCrm('crm-sign-in', 'errorCrmSignIn');

const unfinishedConnector = aboutCrm('unsupported', 'errorConnectorUnfinished');

/** Every `type_name` Apideck's error guide documents (crm.yml `info.description`, "Error Types"). */
export const apideckErrorTypes: Record<string, ErrorType> = {
  RequestValidationError: fixed('bad-request', 'errorRequestInvalid'),
  RequestHeadersValidationError: fixed('bad-request', 'errorHeaderMissing'),
  UnsupportedFiltersError: { code: 'unsupported', sentence: unsupportedFilter },
  UnsupportedSortFieldError: aboutCrm('unsupported', 'errorUnsupportedSort'),
  InvalidCursorError: fixed('bad-request', 'errorCursorInvalid'),
  ConnectorExecutionError: aboutCrm('status', 'errorConnectorExecution'),
  UnauthorizedError: fixed('unauthorized', 'errorUnauthorized'),
  ConnectorCredentialsError: signInType,
  ConnectorDisabledError: aboutCrm('crm-not-connected', 'errorConnectorDisabled'),
  ConnectorRateLimitError: aboutCrm('rate-limited', 'errorRateLimitedShort'),
  RequestLimitError: fixed('payment-required', 'errorPlanLimit'),
  EntityNotFoundError: notFoundType,
  OAuthCredentialsNotFoundError: aboutCrm('crm-sign-in', 'errorOAuthClientMissing'),
  IntegrationNotFoundError: aboutCrm('crm-not-connected', 'errorIntegrationNotFound'),
  ConnectionNotFoundError: aboutCrm('crm-not-connected', 'errorConnectionNotFound'),
  ConnectionSettingsError: aboutCrm('crm-not-connected', 'errorConnectionSettings'),
  ConnectorNotFoundError: {
    code: 'crm-not-connected',
    sentence: (s) => t('errorConnectorNotFound', [s.service ?? '']),
  },
  OAuthRedirectUriError: signInType,
  OAuthInvalidStateError: signInType,
  OAuthCodeExchangeError: signInType,
  OAuthConnectorError: signInType,
  MappingError: unfinishedConnector,
  ConnectorMappingNotFoundError: unfinishedConnector,
  ConnectorResponseMappingNotFoundError: unfinishedConnector,
  ConnectorOperationMappingNotFoundError: unfinishedConnector,
  ConnectorWorkflowMappingError: unfinishedConnector,
  ConnectorOperationUnsupportedError: aboutCrm('unsupported', 'errorOperationUnsupported'),
  PaginationNotSupportedError: aboutCrm('unsupported', 'errorPagingUnsupported'),
  // The spec's own example type names (422 and 501 responses) beyond the guide's list.
  InvalidStateError: aboutCrm('unprocessable', 'errorUnprocessable'),
};

/** The entry for a `type_name`, matched exactly (Apideck's names are case-sensitive). */
export function findErrorType(typeName: string | undefined): ErrorType | undefined {
  return typeName && Object.hasOwn(apideckErrorTypes, typeName)
    ? apideckErrorTypes[typeName]
    : undefined;
}
