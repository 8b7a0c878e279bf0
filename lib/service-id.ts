/**
 * The shape of an Apideck service (connector) ID, such as `salesforce` or `zoho-crm`: lower-case
 * letters, digits and dashes, at most 64 characters. One definition for every edge that checks one
 * (settings, messages, preferences, page attributes, popup launch and memory).
 */
export const serviceIdPattern = /^[a-z0-9][a-z0-9-]{0,63}$/;
