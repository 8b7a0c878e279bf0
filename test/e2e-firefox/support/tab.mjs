// @ts-check
// One Firefox tab driven over WebDriver BiDi: run code in it, type, click and hover like a user.

/** @typedef {import('../../../scripts/bidi-client.mjs').BidiClient} BidiClient */

const enterKey = '\uE007';
const backspaceKey = '\uE003';

/** @param {string} value */
const press = (value) => [
  { type: 'keyDown', value },
  { type: 'keyUp', value },
];

/**
 * @param {BidiClient} bidi
 * @param {string} context the tab's browsing context ID
 */
export function createTab(bidi, context) {
  /**
   * Runs `fn` in the page with JSON-able arguments and returns its JSON-able result.
   * @template T
   * @param {(...args: any[]) => T | Promise<T>} fn
   * @param {...unknown} args
   * @returns {Promise<T>}
   */
  async function run(fn, ...args) {
    const reply = await bidi.send('script.callFunction', {
      functionDeclaration: `async (json) => JSON.stringify(await (${fn})(...JSON.parse(json)))`,
      arguments: [{ type: 'string', value: JSON.stringify(args) }],
      target: { context },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (reply.type === 'exception') {
      throw new Error(`In the page: ${reply.exceptionDetails.text}`);
    }

    const text = reply.result.value;

    return text === undefined ? undefined : JSON.parse(text);
  }

  /**
   * Polls `fn` in the page until it returns something truthy.
   * @template T
   * @param {(...args: any[]) => T | Promise<T>} fn
   * @param {unknown[]} [args]
   * @param {number} [timeout]
   * @returns {Promise<T>}
   */
  async function waitFor(fn, args = [], timeout = 5_000) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const value = await run(fn, ...args).catch(() => undefined);
      if (value) {
        return value;
      }

      if (Date.now() > deadline) {
        throw new Error(`Timed out after ${timeout} ms waiting for ${fn}`);
      }

      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** @param {Array<Record<string, unknown>>} actions */
  const keys = (actions) =>
    bidi.send('input.performActions', { context, actions: [{ type: 'key', id: 'kb', actions }] });

  /** @param {Array<Record<string, unknown>>} actions */
  const pointer = (actions) =>
    bidi.send('input.performActions', {
      context,
      actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }],
    });

  /** @param {string} text */
  const type = (text) => keys([...text].flatMap(press));

  return {
    context,
    run,
    waitFor,
    /** @param {string} url */
    async goto(url) {
      await bidi.send('browsingContext.navigate', { context, url, wait: 'complete' });
    },
    /** Replaces the text of the input labelled `label` by typing, as a person would. */
    async fill(/** @type {string} */ label, /** @type {string} */ text) {
      const found = await run((name) => {
        const match = [...document.querySelectorAll('label')].find(
          (candidate) => candidate.textContent?.trim() === name,
        );
        const input = /** @type {HTMLInputElement | null | undefined} */ (match?.control);
        input?.focus();
        input?.select();

        return Boolean(input);
      }, label);
      if (!found) {
        throw new Error(`No input labelled "${label}"`);
      }

      await (text ? type(text) : keys(press(backspaceKey)));
    },
    /**
     * Clicks the button whose text or label is `name`, with a real pointer (a user gesture),
     * once nothing else covers it: content that loads late moves buttons below it.
     */
    async clickButton(/** @type {string} */ name) {
      const locate = () =>
        run((text) => {
          const button = [...document.querySelectorAll('button')].find(
            (candidate) =>
              candidate.textContent?.trim() === text ||
              candidate.getAttribute('aria-label') === text,
          );
          button?.scrollIntoView({ block: 'center' });
          const rect = button?.getBoundingClientRect();
          const x = rect ? rect.x + rect.width / 2 : 0;
          const y = rect ? rect.y + rect.height / 2 : 0;
          const hit = document.elementFromPoint(x, y);

          return rect && button?.contains(hit) ? { x, y } : null;
        }, name).catch(() => null);
      // The button must also stay put for a moment: a late list or notice above it moves it
      // after it was found, and the click would land on whatever took its place.
      const deadline = Date.now() + 5_000;
      let point = await locate();
      for (;;) {
        await new Promise((resolve) => setTimeout(resolve, 150));
        const again = await locate();
        if (point && again && point.x === again.x && point.y === again.y) {
          break;
        }

        if (Date.now() > deadline) {
          throw new Error(`No button "${name}" that a click can reach`);
        }

        point = again;
      }

      await this.click(point);
    },
    pressEnter: () => keys(press(enterKey)),
    /** @param {{ x: number, y: number }} point */
    async click({ x, y }) {
      await pointer([
        { type: 'pointerMove', x: Math.round(x), y: Math.round(y) },
        { type: 'pointerDown', button: 0 },
        { type: 'pointerUp', button: 0 },
      ]);
    },
    /** @param {{ x: number, y: number }} point */
    async hover({ x, y }) {
      await pointer([
        { type: 'pointerMove', x: Math.round(x) - 4, y: Math.round(y) },
        { type: 'pointerMove', x: Math.round(x), y: Math.round(y), duration: 50 },
      ]);
    },
    close: () => bidi.send('browsingContext.close', { context }),
  };
}

/** @typedef {ReturnType<typeof createTab>} Tab */
