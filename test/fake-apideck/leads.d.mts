// Types for leads.mjs, so TypeScript tests can import the plain-JS data without allowJs.
export type Lead = Record<string, unknown> & { id?: string; name: unknown };

export interface LeadEntry {
  service: string;
  lead: Lead;
}

export const ids: Readonly<{
  full: string;
  full15: string;
  minimal: string;
  nulls: string;
  hostile: string;
  zoho: string;
  pipedrive: string;
  close: string;
  hubspot: string;
  dynamics: string;
  zendeskSell: string;
  freshsales: string;
  odoo: string;
  eur: string;
  jpy: string;
  unknownCurrency: string;
  grace: string;
  priya: string;
  formInput: string;
  formTextarea: string;
  formEditable: string;
}>;

export const fixturesDir: string;
export function loadFixtureLeads(dir?: string): LeadEntry[];
export const ownLeads: LeadEntry[];
export const fixtureLeads: LeadEntry[];
export const defaultLeads: LeadEntry[];
