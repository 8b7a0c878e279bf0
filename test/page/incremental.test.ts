import { afterEach, describe, expect, it } from 'vitest';

import { planBatchScan } from '@/lib/page/batch-scan';
import { hostTagName } from '@/lib/card-kit/contract';
import type { MarkStore } from '@/lib/page/mark-store';
import { listScanRoots, type MutationBatch } from '@/lib/page/mutation-batch';
import { watchMutations } from '@/lib/page/mutation-watch';

import {
  lightningUrl,
  markedTextIds,
  newStore,
  scanNow,
  setBody,
  sf15,
  sf18,
} from './page-helpers';

const isOwn = (node: Node): boolean => node instanceof Element && node.localName === hostTagName;

/** Watches the document; resolves each batch with what a scan of it found. */
function watch(store: MarkStore): { batches: MutationBatch[]; found: number[]; stop(): void } {
  const controller = new AbortController();
  const batches: MutationBatch[] = [];
  const found: number[] = [];
  watchMutations({
    target: document,
    signal: controller.signal,
    onBatch(batch) {
      batches.push(batch);
      found.push(scanNow(store, planBatchScan(batch, store, isOwn)));
    },
  });

  return { batches, found, stop: () => controller.abort() };
}

let stopWatching = (): void => undefined;

afterEach(() => {
  stopWatching();
  document.body.innerHTML = '';
});

function startOn(html: string): { store: MarkStore; watcher: ReturnType<typeof watch> } {
  setBody(html);
  const store = newStore();
  scanNow(store, { roots: [document.body], rescan: false });
  store.takeChanges();
  const watcher = watch(store);
  stopWatching = watcher.stop;

  return { store, watcher };
}

describe('incremental scanning', () => {
  it('scans an added subtree once, in one batch per frame', async () => {
    const { store, watcher } = startOn(`<ul id="feed"><li>${sf15}</li></ul>`);
    const feed = document.getElementById('feed') as HTMLElement;
    const item = document.createElement('li');
    item.innerHTML = `<p>new <b>${sf18}</b></p>`;
    feed.append(item);
    item.append(document.createTextNode(` again ${sf15}`));

    await expect.poll(() => watcher.found).toEqual([2]);
    expect(markedTextIds(store)).toEqual([sf15, sf18, sf15]);
  });

  it('scans added posts without child elements: their text, and themselves as links', async () => {
    const { store, watcher } = startOn('<main id="feed"></main>');
    const feed = document.getElementById('feed') as HTMLElement;
    const post = Object.assign(document.createElement('div'), { textContent: `post ${sf18}` });
    const link = Object.assign(document.createElement('a'), { href: lightningUrl });
    link.append('Ada ', `again ${sf15}`);
    const hidden = Object.assign(document.createElement('textarea'), { value: sf15 });
    hidden.textContent = sf15;
    feed.append(post, link, hidden);

    await expect.poll(() => watcher.found).toEqual([3]);
    expect(markedTextIds(store)).toEqual([sf18, sf15]);
    expect(store.elements.get(link)?.reference.id).toBe(sf18);
  });

  it('ignores our own host element', async () => {
    const { watcher } = startOn('<p>page</p>');
    const host = document.createElement(hostTagName);
    host.textContent = sf15;
    document.documentElement.append(host);

    await expect.poll(() => watcher.batches.length).toBe(1);
    expect(watcher.found).toEqual([0]);
    host.remove();
  });

  it('rescans edited text and drops marks of removed content', async () => {
    const { store, watcher } = startOn(`<p id="a">${sf15}</p><p id="b">${sf18}</p>`);
    const first = document.querySelector('#a')?.firstChild as Text;
    first.data = 'no longer an ID here';
    document.getElementById('b')?.remove();

    await expect.poll(() => watcher.batches.length).toBe(1);
    expect(markedTextIds(store)).toEqual([]);
    expect([...store.takeChanges().values()]).toEqual([false, false]);
  });

  it('marks a link whose href becomes a lead page, and unmarks it after', async () => {
    const { store, watcher } = startOn('<a href="https://example.com/">Ada</a>');
    const link = document.querySelector('a') as HTMLAnchorElement;
    link.href = lightningUrl;
    await expect.poll(() => store.elements.get(link)?.reference.id).toBe(sf18);

    link.href = 'https://example.com/other';
    await expect.poll(() => watcher.batches.length).toBe(2);
    expect(store.elements.get(link)).toBeUndefined();
  });

  it('keeps the same mark when a marked node is moved', async () => {
    const { store, watcher } = startOn(`<div id="from"><p>${sf15}</p></div><div id="to"></div>`);
    const paragraph = document.querySelector('p') as HTMLElement;
    const before = store.texts.get(paragraph.firstChild as Node)?.[0];
    document.getElementById('to')?.append(paragraph);

    await expect.poll(() => watcher.batches.length).toBe(1);
    expect(watcher.found).toEqual([0]);
    expect(store.texts.get(paragraph.firstChild as Node)?.[0]).toBe(before);
  });

  it("keeps a marked link's range over all of its contents when they change", async () => {
    const { store } = startOn(`<a href="${lightningUrl}">Ada</a>`);
    const link = document.querySelector('a') as HTMLAnchorElement;
    const before = store.elements.get(link);
    link.append(document.createElement('b'));

    await expect.poll(() => store.elements.get(link)?.range.endOffset).toBe(2);
    expect(store.elements.get(link)).toBe(before);
  });
});

describe('choosing what an added batch scans', () => {
  it('scans each added node once: nodes inside another added node go with it', () => {
    setBody('<main><div id="a"></div><div id="b"><p id="c"><i id="d"></i></p></div></main>');
    const byId = (id: string): Element => document.getElementById(id) as Element;
    // Listed children first: an added ancestor still takes them in, wherever it comes.
    const added = new Set<Node>([byId('d'), byId('a'), byId('c'), byId('b')]);

    expect(listScanRoots(added, isOwn)).toEqual([byId('a'), byId('b')]);
  });

  it('keeps every post of a feed that shares its ancestors with the others', () => {
    setBody('<main></main>');
    const main = document.querySelector('main') as Element;
    const posts = Array.from({ length: 5 }, () => main.appendChild(document.createElement('div')));

    expect(listScanRoots(new Set(posts), isOwn)).toEqual(posts);
  });
});
