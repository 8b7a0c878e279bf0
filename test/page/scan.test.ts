import { afterEach, describe, expect, it } from 'vitest';

import {
  closeId,
  lightningUrl,
  markedTextIds,
  newStore,
  scanNow,
  setBody,
  sf15,
  sf18,
} from './page-helpers';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('scanning text', () => {
  it('marks Salesforce and Close IDs in ordinary text, with offsets into the node', () => {
    setBody(`<p>Lead ${sf15} and <b>${closeId}</b></p>`);
    const store = newStore();

    expect(scanNow(store, { roots: [document.body], rescan: false })).toBe(2);
    expect(markedTextIds(store)).toEqual([sf15, closeId]);
    const text = document.querySelector('p')?.firstChild;
    const [mark] = store.texts.get(text as Node) ?? [];
    expect(mark?.reference.service).toBe('salesforce');
    expect(text?.textContent?.slice(mark?.start, mark?.end)).toBe(sf15);
  });

  it.each([
    ['a textarea', `<textarea>${sf15}</textarea>`],
    ['a select', `<select><option>${sf15}</option></select>`],
    ['a contenteditable region', `<div contenteditable="true"><p>${sf15}</p></div>`],
    ['a plaintext-only editor', `<div contenteditable="plaintext-only">${sf15}</div>`],
    ['an empty contenteditable attribute', `<div contenteditable>${sf15}</div>`],
    ['a script', `<script>var id = "${sf15}";</script>`],
    ['a style', `<style>/* ${sf15} */</style>`],
    ['a noscript', `<noscript>${sf15}</noscript>`],
    ['a hidden element', `<div hidden><span>${sf15}</span></div>`],
  ])('skips an ID inside %s', (_label, html) => {
    setBody(`${html}<p>${sf18}</p>`);
    const store = newStore();
    scanNow(store, { roots: [document.body], rescan: false });

    expect(markedTextIds(store)).toEqual([sf18]);
  });

  it.each([
    ['aria-hidden content (it is visible)', `<span aria-hidden="true">${sf15}</span>`],
    ['a contenteditable="false" element', `<div contenteditable="false">${sf15}</div>`],
  ])('marks %s', (_label, html) => {
    setBody(html);
    const store = newStore();
    scanNow(store, { roots: [document.body], rescan: false });

    expect(markedTextIds(store)).toEqual([sf15]);
  });

  it('applies the rules alike to nodes that share ancestors, within one pass', () => {
    setBody(
      `<div contenteditable><p contenteditable="false">${sf15}</p><p>${sf15}</p></div>` +
        `<div><p>${sf18}</p><p contenteditable="FALSE">${sf18}</p></div>`,
    );
    const store = newStore();
    scanNow(store, { roots: [document.body], rescan: false });

    expect(markedTextIds(store)).toEqual([sf18, sf18]);
  });

  it('skips the template contents and text shorter than any ID', () => {
    setBody(`<template><p>${sf15}</p></template><p>00Q3y00001Qrai</p>`);
    const store = newStore();

    expect(scanNow(store, { roots: [document.body], rescan: false })).toBe(0);
  });
});

describe('scanning elements', () => {
  it('marks a link to a CRM lead page with the CRM of its rule', () => {
    setBody(`<a href="${lightningUrl}">Ada Linwood</a>`);
    const store = newStore();
    scanNow(store, { roots: [document.body], rescan: false });
    const link = document.querySelector('a') as Element;

    expect(store.elements.get(link)?.reference).toMatchObject({ id: sf18, service: 'salesforce' });
    expect(store.elements.get(link)?.range.endOffset).toBe(1);
  });

  it.each([
    ['its ID text', '<td>Ada</td><td>lead-42</td><td>Hot</td>', 'lead-42'],
    ['its first text run', '<td> </td><td> Ada Linwood </td><td>$42</td>', 'Ada Linwood'],
  ])('underlines only %s in a data-lead-id row, not every cell', (_what, cells, marked) => {
    setBody(`<table><tr data-lead-id="lead-42">${cells}</tr></table>`);
    const store = newStore();
    scanNow(store, { roots: [document.body], rescan: false });
    const range = store.elements.get(document.querySelector('tr') as Element)?.range;
    const node = range?.startContainer;

    expect(node?.nodeType).toBe(Node.TEXT_NODE);
    expect(node?.textContent?.slice(range?.startOffset, range?.endOffset)).toBe(marked);
  });

  it('marks a data-lead-id element with its service, ahead of its link', () => {
    setBody(`<a data-lead-id="abc-42" data-lead-service="pipedrive" href="${lightningUrl}">x</a>`);
    const store = newStore();
    scanNow(store, { roots: [document.body], rescan: false });

    const reference = store.elements.get(document.querySelector('a') as Element)?.reference;
    expect(reference).toMatchObject({ id: 'abc-42', service: 'pipedrive', source: 'attribute' });
  });

  it('ignores other links and lead links inside editable regions', () => {
    setBody(
      `<a href="https://example.com/${sf15}">other</a>` +
        `<div contenteditable><a href="${lightningUrl}">in editor</a></div>` +
        `<input data-lead-id="abc-42">`,
    );
    const store = newStore();

    expect(scanNow(store, { roots: [document.body], rescan: false })).toBe(0);
    expect(store.elements.isEmpty()).toBe(true);
  });
});
