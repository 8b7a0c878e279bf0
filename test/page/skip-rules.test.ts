import { afterEach, describe, expect, it } from 'vitest';

import { isInSkippedRegion, type SkipCache } from '@/lib/page/skip-rules';

afterEach(() => {
  document.body.innerHTML = '';
});

const find = (id: string): Element => {
  const element = document.getElementById(id);
  if (element === null) {
    throw new Error(`No #${id} in the fixture.`);
  }

  return element;
};

const fixture = `
  <div id="plain"><p id="deep"><b id="deeper">x</b></p></div>
  <div contenteditable="true"><p id="edited"><span contenteditable="false" id="island">x</span></p></div>
  <div contenteditable="false"><p id="not-editor">x</p></div>
  <section hidden><p id="hidden-child">x</p></section>
  <noscript><p id="noscript-child">x</p></noscript>
  <p id="sibling">x</p>`;

const cases: ReadonlyArray<readonly [string, boolean]> = [
  ['deeper', false],
  ['deep', false],
  ['plain', false],
  ['edited', true],
  ['island', true],
  ['not-editor', false],
  ['hidden-child', true],
  ['sibling', false],
];

describe('skipped regions', () => {
  it.each(cases)('says #%s is skipped: %s', (id, skipped) => {
    document.body.innerHTML = fixture;

    expect(isInSkippedRegion(find(id), new Map())).toBe(skipped);
  });

  it('answers every element alike with one cache shared by a whole pass, in any order', () => {
    document.body.innerHTML = fixture;
    const shared: SkipCache = new Map();
    const order = [...cases].reverse().concat(cases);

    const answers = order.map(([id]) => isInSkippedRegion(find(id), shared));

    expect(answers).toEqual(order.map(([, skipped]) => skipped));
  });

  it('treats a node without a parent element as skipped', () => {
    expect(isInSkippedRegion(null, new Map())).toBe(true);
  });
});
