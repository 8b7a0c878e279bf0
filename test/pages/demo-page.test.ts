// @vitest-environment node
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultLeads, ids } from '../fake-apideck/leads.mjs';
import { startPageServer } from './serve.mjs';

let server: Awaited<ReturnType<typeof startPageServer>>;
let html = '';
let document: Document;

beforeAll(async () => {
  server = await startPageServer();
  html = await (await fetch(`${server.url}/demo.html`)).text();
  const window = new Window();
  window.document.write(html);
  document = window.document as unknown as Document;
});
afterAll(() => server.close());

const SALESFORCE_TOKEN = /(?<![0-9A-Za-z])00Q[0-9A-Za-z]{12}(?:[0-9A-Za-z]{3})?(?![0-9A-Za-z])/g;
const knownIds = new Set(defaultLeads.map((entry) => String(entry.lead.id)));
const textOf = (selector: string): string => document.querySelector(selector)?.textContent ?? '';

describe('page server', () => {
  it.each([
    ['/demo.html', 200, 'Pipeline digest'],
    ['/', 200, 'demo.html'],
    ['/missing.html', 404, 'Not found'],
    ['/../package.json', 404, 'Not found'],
  ])('GET %s → %i', async (path, status, snippet) => {
    const response = await fetch(`${server.url}${path}`);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toContain(snippet);
  });

  it('listens on 127.0.0.1', () => {
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
  });
});

describe('demo page content', () => {
  it('has the full lead 18-char id first inside p#intro', () => {
    expect(textOf('#intro')).toContain(ids.full);
    const bodyText = document.body.textContent ?? '';
    const introStart = bodyText.indexOf(textOf('#intro'));
    expect(bodyText.indexOf(ids.full)).toBeGreaterThanOrEqual(introStart);
    expect(bodyText.indexOf(ids.full)).toBeLessThan(introStart + textOf('#intro').length);
  });

  it('mentions 15- and 18-char forms of several leads in running text, all real', () => {
    const running = `${textOf('#summary')} ${textOf('#thread')}`;
    const tokens = running.match(SALESFORCE_TOKEN) ?? [];
    expect(tokens).toContain(ids.full15);
    expect(tokens.filter((token) => token.length === 15).length).toBeGreaterThanOrEqual(3);
    expect(new Set(tokens.filter((token) => token.length === 18)).size).toBeGreaterThanOrEqual(5);
    const resolved = tokens.map((token) => [...knownIds].find((id) => id.startsWith(token)));
    expect(resolved.every(Boolean)).toBe(true);
  });

  it('tags data-lead-id elements with the service that holds each lead', () => {
    const tagged = [...document.querySelectorAll('[data-lead-id]')];
    expect(tagged.length).toBeGreaterThanOrEqual(8);
    for (const element of tagged) {
      const id = element.getAttribute('data-lead-id');
      const service = element.getAttribute('data-lead-service');
      expect(defaultLeads.some((entry) => entry.lead.id === id && entry.service === service)).toBe(
        true,
      );
    }
  });

  it.each([
    ['zoho', 'https://crm.zoho.com/crm/org123/tab/Leads/'],
    ['pipedrive', 'https://acme.pipedrive.com/leads/inbox/'],
    ['close', 'https://app.close.com/lead/'],
    ['hubspot', 'https://app.hubspot.com/contacts/123/record/0-136/'],
    ['full', 'https://example.lightning.force.com/lightning/r/Lead/'],
  ] as const)('links to the %s record page', (key, prefix) => {
    const hrefs = [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
    expect(hrefs.some((href) => href?.startsWith(`${prefix}${ids[key]}`))).toBe(true);
  });

  it('puts valid ids in an input, a textarea and a contenteditable, and nowhere else', () => {
    const input = document.querySelector<HTMLInputElement>('#note-input');
    expect(input?.getAttribute('value')).toBe(ids.formInput);
    expect(textOf('textarea#note-textarea')).toContain(ids.formTextarea);
    expect(textOf('[contenteditable="true"]#note-editable')).toContain(ids.formEditable);
    for (const id of [ids.formInput, ids.formTextarea, ids.formEditable]) {
      expect(html.split(id)).toHaveLength(2);
    }
  });

  it('includes the near-misses, none of which is a known lead', () => {
    const notes = textOf('#near-misses');
    const wrongChecksum = `${ids.grace.slice(0, 15)}EAK`;
    expect(ids.grace.slice(15)).not.toBe('EAK');
    expect(notes).toContain(wrongChecksum);
    expect(notes).toMatch(/(?<![0-9A-Za-z])00Q[0-9A-Za-z]{11}(?![0-9A-Za-z])/);
    expect(notes).toMatch(/(?<![0-9A-Za-z])003[0-9A-Za-z]{15}(?![0-9A-Za-z])/);
    expect(notes).toMatch(new RegExp(`[A-Za-z]${ids.priya}[A-Za-z]`));
    // Only the bad-checksum id has a lead's shape as a standalone token, and it is no lead.
    expect(notes.match(SALESFORCE_TOKEN) ?? []).toEqual([wrongChecksum]);
    expect(knownIds.has(wrongChecksum)).toBe(false);
  });

  it('loads nothing external and runs no script', () => {
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|\son[a-z]+=/i);
  });
});
