import type { ErrorCode } from '../errors';
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
const filterWords: Record<string, string> = {
  name: 'name',
  email: 'email address',
  phone_number: 'phone number',
  first_name: 'first name',
  last_name: 'last name',
};

function unsupportedFilter(subject: ErrorSubject): string {
  const field = filterWords[subject.filter ?? ''] ?? 'that field';
  const others = ['name', 'email']
    .filter((other) => other !== subject.filter)
    .map((other) => filterWords[other])
    .join(' or ');

  return `${crmOf(subject)} can't search by ${field} through Apideck; try ${others}.`;
}

const reconnect = (subject: ErrorSubject) =>
  `Apideck cannot sign in to ${crmOf(subject)}. Reconnect ${crmOf(subject)} in Apideck Vault.`;
/** A lead or route that does not exist; also what a 404 without a known type name means. */
export const notFoundType: ErrorType = {
  code: 'not-found',
  sentence: (s) =>
    s.id
      ? `No lead with ID ${s.id} in ${crmOf(s)}. Check the ID.`
      : 'Apideck found nothing at that address. Check the API base URL in Options.',
};

/** Connector sign-in failures, fixed in Apideck Vault rather than in our options. */
export const signInType: ErrorType = { code: 'crm-sign-in', sentence: reconnect };

const unfinishedConnector = (subject: ErrorSubject) =>
  `Apideck's ${crmOf(subject)} connector cannot read leads yet. Report it to Apideck with the ` +
  'request ID under Details.';

/** Every `type_name` Apideck's error guide documents (crm.yml `info.description`, "Error Types"). */
export const apideckErrorTypes: Record<string, ErrorType> = {
  RequestValidationError: {
    code: 'bad-request',
    sentence: () =>
      'Apideck refused the request as invalid. Check the service ID in Options, then try again.',
  },
  RequestHeadersValidationError: {
    code: 'bad-request',
    sentence: () => 'Apideck is missing a header. Check the app ID and consumer ID in Options.',
  },
  UnsupportedFiltersError: { code: 'unsupported', sentence: unsupportedFilter },
  UnsupportedSortFieldError: {
    code: 'unsupported',
    sentence: (s) =>
      `${crmOf(s)} can't sort leads that way through Apideck. Search without sorting.`,
  },
  InvalidCursorError: {
    code: 'bad-request',
    sentence: () => 'That page of results is no longer valid. Run the search again.',
  },
  ConnectorExecutionError: {
    code: 'status',
    sentence: (s) =>
      `${crmOf(s)} had a problem answering Apideck. Try again; if it persists, check the lead ` +
      `in ${crmOf(s)}.`,
  },
  UnauthorizedError: {
    code: 'unauthorized',
    sentence: () => 'Apideck rejected the API key or app ID. Check them in Options.',
  },
  ConnectorCredentialsError: signInType,
  ConnectorDisabledError: {
    code: 'crm-not-connected',
    sentence: (s) =>
      `The ${crmOf(s)} connector is disabled in Apideck. Enable it in the Apideck dashboard or ` +
      'ask Apideck support.',
  },
  ConnectorRateLimitError: {
    code: 'rate-limited',
    sentence: (s) => `Rate limited by ${crmOf(s)}. Try again in a minute.`,
  },
  RequestLimitError: {
    code: 'payment-required',
    sentence: () =>
      "Your Apideck plan's request limit is reached. Raise it in the Apideck dashboard.",
  },
  EntityNotFoundError: notFoundType,
  OAuthCredentialsNotFoundError: {
    code: 'crm-sign-in',
    sentence: (s) =>
      `The ${crmOf(s)} integration has no OAuth client ID and secret in Apideck. Add them in ` +
      'the Apideck dashboard, then reconnect in Apideck Vault.',
  },
  IntegrationNotFoundError: {
    code: 'crm-not-connected',
    sentence: (s) =>
      `${crmOf(s)} is not added to your Apideck application. Add it in the Apideck dashboard, ` +
      'or check the app ID and service ID in Options.',
  },
  ConnectionNotFoundError: {
    code: 'crm-not-connected',
    sentence: (s) =>
      `${crmOf(s)} is not connected for this consumer in Apideck. Connect it in Apideck Vault, ` +
      'or change the Service ID in Options.',
  },
  ConnectionSettingsError: {
    code: 'crm-not-connected',
    sentence: (s) =>
      `The ${crmOf(s)} connection is missing required settings. Complete them in Apideck Vault.`,
  },
  ConnectorNotFoundError: {
    code: 'crm-not-connected',
    sentence: (s) =>
      `Apideck has no connector called "${s.service ?? ''}". Check the Service ID in Options.`,
  },
  OAuthRedirectUriError: signInType,
  OAuthInvalidStateError: signInType,
  OAuthCodeExchangeError: signInType,
  OAuthConnectorError: signInType,
  MappingError: { code: 'unsupported', sentence: unfinishedConnector },
  ConnectorMappingNotFoundError: { code: 'unsupported', sentence: unfinishedConnector },
  ConnectorResponseMappingNotFoundError: { code: 'unsupported', sentence: unfinishedConnector },
  ConnectorOperationMappingNotFoundError: { code: 'unsupported', sentence: unfinishedConnector },
  ConnectorWorkflowMappingError: { code: 'unsupported', sentence: unfinishedConnector },
  ConnectorOperationUnsupportedError: {
    code: 'unsupported',
    sentence: (s) =>
      `${crmOf(s)} does not offer this through Apideck. Look the lead up in ${crmOf(s)} itself.`,
  },
  PaginationNotSupportedError: {
    code: 'unsupported',
    sentence: (s) =>
      `${crmOf(s)} cannot page through search results through Apideck. Narrow the search.`,
  },
  // The spec's own example type names (422 and 501 responses) beyond the guide's list.
  InvalidStateError: {
    code: 'unprocessable',
    sentence: (s) => `${crmOf(s)} could not process this lookup. Check the lead ID and try again.`,
  },
};

/** The entry for a `type_name`, matched exactly (Apideck's names are case-sensitive). */
export function findErrorType(typeName: string | undefined): ErrorType | undefined {
  return typeName && Object.hasOwn(apideckErrorTypes, typeName)
    ? apideckErrorTypes[typeName]
    : undefined;
}
