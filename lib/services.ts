import { t } from './i18n';

/** Apideck connector IDs of the CRMs whose leads the extension can find on a page. */
export const serviceIds = [
  'salesforce',
  'hubspot',
  'pipedrive',
  'zoho-crm',
  'close',
  'copper',
  'microsoft-dynamics',
  'zendesk-sell',
  'freshsales',
  'odoo',
] as const;

export type KnownServiceId = (typeof serviceIds)[number];

const serviceNames: Record<KnownServiceId, string> = {
  salesforce: 'Salesforce',
  hubspot: 'HubSpot',
  pipedrive: 'Pipedrive',
  'zoho-crm': 'Zoho CRM',
  close: 'Close',
  copper: 'Copper',
  'microsoft-dynamics': 'Dynamics 365',
  'zendesk-sell': 'Zendesk Sell',
  freshsales: 'Freshsales',
  odoo: 'Odoo',
};

/** A person-facing name for a connector ID; unknown connectors keep their ID. */
export function nameService(serviceId: string | undefined): string {
  if (!serviceId) {
    return t('serviceUnknown');
  }

  return serviceNames[serviceId as KnownServiceId] ?? serviceId;
}
