// @ts-check
// Generates the benchmark pages: every page knows how many IDs it planted (BENCHMARK G7).

const base62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const suffixAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/** A deterministic generator, so every load of a page is the same page. */
function createRandom(seed = 42) {
  let state = seed;

  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;

    return state / 2_147_483_648;
  };
}

/** @param {() => number} random @param {number} length */
function randomChars(random, length) {
  let out = '';
  for (let index = 0; index < length; index++) {
    out += base62[Math.floor(random() * 62)];
  }

  return out;
}

/** Salesforce's 15→18 checksum, written out again so the bench does not import the product. */
function checksum(id15) {
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let mask = 0;
    for (let index = 0; index < 5; index++) {
      const char = id15[chunk * 5 + index];
      mask |= char >= 'A' && char <= 'Z' ? 1 << index : 0;
    }
    suffix += suffixAlphabet[mask];
  }

  return suffix;
}

function createIds(random) {
  const sf15 = () => `00Q${randomChars(random, 12)}`;

  return {
    sf15,
    sf18: () => {
      const id = sf15();
      return id + checksum(id);
    },
    close: () => `lead_${randomChars(random, 43)}`,
    // Shapes one character or one checksum away from an ID: never marked.
    nearMiss: () => {
      const id = sf15();
      const wrong = checksum(id).replace(/.$/, (last) => (last === 'A' ? 'B' : 'A'));
      const kinds = [`001${id.slice(3)}`, id.slice(0, 14), `${id}${wrong}`];
      return kinds[Math.floor(random() * kinds.length)];
    },
  };
}

const words = 'the lead asked about pricing for next quarter and wants a call on Tuesday'.split(
  ' ',
);

function filler(random, count) {
  return Array.from({ length: count }, () => words[Math.floor(random() * words.length)]).join(' ');
}

function wrap(title, body, script = '') {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}${script}</body></html>`;
}

/** ~5 MB of paragraphs: 20,000 IDs of all three kinds among as many near-misses. */
export function bigPage() {
  const random = createRandom(1);
  const ids = createIds(random);
  const makers = [ids.sf15, ids.sf18, ids.close];
  const parts = [];
  for (let index = 0; index < 20_000; index++) {
    const id = makers[index % 3]();
    parts.push(`<p>${filler(random, 18)} ${id}, ${ids.nearMiss()} ${filler(random, 20)}</p>`);
  }

  return { html: wrap('big', parts.join('\n')), planted: 20_000 };
}

/** A 10,000-row table with one ID per row. */
export function tablePage() {
  const random = createRandom(2);
  const ids = createIds(random);
  const rows = [];
  for (let index = 0; index < 10_000; index++) {
    const id = index % 2 === 0 ? ids.sf18() : ids.sf15();
    rows.push(
      `<tr><td>${index}</td><td>${id}</td><td>${ids.nearMiss()}</td><td>${filler(random, 4)}</td></tr>`,
    );
  }

  return { html: wrap('table', `<table><tbody>${rows.join('')}</tbody></table>`), planted: 10_000 };
}

/** A long email-like thread with quoted replies. */
export function threadPage() {
  const random = createRandom(3);
  const ids = createIds(random);
  const messages = [];
  for (let index = 0; index < 400; index++) {
    const quote = `<blockquote>${filler(random, 40)} ${ids.nearMiss()}</blockquote>`;
    messages.push(
      `<article><h3>Re: lead ${ids.sf15()}</h3><p>${filler(random, 60)}</p>${quote}</article>`,
    );
  }

  return { html: wrap('thread', messages.join('\n')), planted: 400 };
}

const feedTicks = 50;
const nodesPerTick = 200;
const idEvery = 20;

/** A feed appending 200 posts every 100 ms for five seconds; the page times its own work. */
export function feedPage() {
  const script = `<script>
  (() => {
    const chars = '${base62}';
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const id = () => { let s = '00Q'; for (let i = 0; i < 12; i++) s += chars[Math.floor(rand() * 62)]; return s; };
    window.__feed = { ownMs: 0, done: false };
    let tick = 0, serial = 0;
    const timer = setInterval(() => {
      const start = performance.now();
      const fragment = document.createDocumentFragment();
      for (let i = 0; i < ${nodesPerTick}; i++) {
        const post = document.createElement('div');
        post.textContent = (serial++ % ${idEvery} === 0 ? id() + ' ' : '') + 'post ' + serial + ' about the renewal';
        fragment.append(post);
      }
      document.body.append(fragment);
      window.__feed.ownMs += performance.now() - start;
      if (++tick === ${feedTicks}) { clearInterval(timer); window.__feed.done = true; }
    }, 100);
  })();
  </script>`;

  return {
    html: wrap('feed', '<main></main>', script),
    planted: (feedTicks * nodesPerTick) / idEvery,
  };
}

export const benchPages = { big: bigPage, table: tablePage, feed: feedPage, thread: threadPage };
