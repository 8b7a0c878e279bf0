// @ts-check
// Finds the hover card the way assistive technology does: it sits in a closed shadow root,
// which page scripts cannot query, but BiDi's accessibility locator walks into it.

/** @typedef {import('../../../scripts/bidi-client.mjs').BidiClient} BidiClient */

/**
 * The centre of the first occurrence of `text` inside `selector`, in viewport pixels.
 * @param {import('./tab.mjs').Tab} tab
 * @param {string} selector
 * @param {string} text
 */
export async function locateText(tab, selector, text) {
  const point = await tab.run(
    (sel, needle) => {
      const walker = document.createTreeWalker(document.querySelector(sel), NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(needle) ?? -1;
        if (at >= 0) {
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + needle.length);
          const rect = range.getBoundingClientRect();

          return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
        }
      }

      return null;
    },
    selector,
    text,
  );
  if (!point) {
    throw new Error(`"${text}" is not in ${selector}`);
  }

  return point;
}

/**
 * @typedef {{ sharedId: string, value?: { localName?: string,
 *   attributes?: Record<string, string>, children?: SerializedNode[],
 *   shadowRoot?: SerializedNode | null } }} SerializedNode
 */

/**
 * @param {SerializedNode} node
 * @returns {SerializedNode[]}
 */
function dialogsIn(node) {
  const value = node.value ?? {};
  const own = value.attributes?.role === 'dialog' ? [node] : [];
  const children = [...(value.children ?? []), ...(value.shadowRoot ? [value.shadowRoot] : [])];

  return [...own, ...children.flatMap(dialogsIn)];
}

/**
 * Dialogs on the page, closed shadow roots included, with their accessible names and widths.
 * Firefox 153's accessibility locator does not enter shadow roots, so this walks BiDi's node
 * serialization instead, which shows the remote end closed shadow trees but not page scripts.
 * @param {BidiClient} bidi
 * @param {string} context
 * @returns {Promise<Array<{ name: string, width: number }>>}
 */
export async function findDialogs(bidi, context) {
  const { nodes } = await bidi.send('browsingContext.locateNodes', {
    context,
    locator: { type: 'css', value: 'html > *, body > *' },
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 8 },
  });
  const dialogs = /** @type {SerializedNode[]} */ (nodes).flatMap(dialogsIn);

  return Promise.all(
    dialogs.map(async (node) => {
      const reply = await bidi.send('script.callFunction', {
        functionDeclaration: '(element) => element.getBoundingClientRect().width',
        arguments: [{ sharedId: node.sharedId }],
        target: { context },
        awaitPromise: false,
      });

      return {
        name: node.value?.attributes?.['aria-label'] ?? '',
        width: reply.result?.value ?? 0,
      };
    }),
  );
}

/**
 * Waits until a dialog whose name matches is open; fails naming the dialogs it saw instead.
 * @param {BidiClient} bidi
 * @param {string} context
 * @param {RegExp} name
 */
export async function waitForDialog(bidi, context, name, timeout = 5_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const dialogs = await findDialogs(bidi, context);
    const match = dialogs.find((dialog) => name.test(dialog.name));
    if (match) {
      return match;
    }

    if (Date.now() > deadline) {
      const seen = dialogs.map((dialog) => `"${dialog.name}"`).join(', ') || 'none';
      throw new Error(`No dialog named ${name} within ${timeout} ms; dialogs seen: ${seen}`);
    }

    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
