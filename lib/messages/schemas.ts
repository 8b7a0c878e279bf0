import { PreferencesSchema } from '../preferences';
import { serviceIdPattern } from '../service-id';
import { header, SettingsSchema } from '../settings';
import { z } from '../zod';
import type { Message } from './contract';

// No default for the key: absent means "keep the stored one", which a default of '' would erase.
const SettingsInputSchema = SettingsSchema.extend({ apiKey: header('apiKey').optional() });
const empty = <T extends string>(type: T) => z.object({ type: z.literal(type) });
const serviceId = z.string().regex(serviceIdPattern);

/** A content script reports at most this many references; the popup lists no more. */
export const maxReportedReferences = 200;
export const ReferenceSchema = z.object({
  id: z.string().min(1).max(200),
  service: serviceId.optional(),
  recordUrl: z
    .url({ protocol: /^https?$/ })
    .max(2_000)
    .optional(),
  source: z.enum(['text', 'link', 'attribute']),
});

/** Requests as the background accepts them; anything else is answered with an error. */
export const MessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('getLead'),
    id: z.string().trim().min(1).max(200),
    service: serviceId.optional(),
    refresh: z.boolean().optional(),
  }),
  z.object({ type: z.literal('testConnection'), settings: SettingsInputSchema.optional() }),
  empty('getSettings'),
  z.object({ type: z.literal('saveSettings'), settings: SettingsInputSchema }),
  empty('openOptions'),
  z.object({ type: z.literal('activateTab'), tabId: z.number().int().nonnegative() }),
  empty('getPreferences'),
  z.object({ type: z.literal('savePreferences'), preferences: PreferencesSchema }),
  z.object({
    type: z.literal('importSettings'),
    settings: SettingsInputSchema,
    preferences: PreferencesSchema,
  }),
  empty('clearCache'),
  z.object({
    type: z.literal('reportDetections'),
    count: z.number().int().min(0).max(1e6),
    references: z.array(ReferenceSchema).max(maxReportedReferences),
    paused: z.boolean(),
  }),
  empty('loadCardKit'),
  z.object({ type: z.literal('getTabLeads'), tabId: z.number().int().nonnegative() }),
  z.object({
    type: z.literal('searchLeads'),
    field: z.enum(['name', 'email', 'phone_number']),
    query: z.string().trim().min(1).max(200),
    cursor: z.string().min(1).max(2_000).optional(),
    service: serviceId.optional(),
    retry: z.boolean().optional(),
  }),
]);

// Keeps the schema and the declared protocol from drifting apart.
type Parsed = z.infer<typeof MessageSchema>;
export type SchemaMatchesProtocol = [Parsed] extends [Message] ? true : never;
export const schemaMatchesProtocol: SchemaMatchesProtocol = true;
