import type { CDPSession, Page } from 'playwright-core';

import { z } from '../../../lib/zod';

/** The extension's real toolbar popup, opened over a page as a click on its button would. */
export interface ActionPopup {
  /** The popup's visible text. */
  text(): Promise<string>;
  /** Clicks the button with this accessible name; the click counts as the user's gesture. */
  click(name: string): Promise<void>;
  /** Resolves true once the popup has closed, false if it is still open after `timeout`. */
  waitForClose(timeout?: number): Promise<boolean>;
  close(): Promise<void>;
}

const reply = z.object({
  id: z.number().optional(),
  result: z.object({ result: z.object({ value: z.unknown().optional() }) }).optional(),
  error: z.object({ message: z.string() }).optional(),
});

const targets = z.object({
  targetInfos: z.array(z.object({ targetId: z.string(), type: z.string(), url: z.string() })),
});

async function findTarget(root: CDPSession, type: string, url: (each: string) => boolean) {
  const { targetInfos } = targets.parse(await root.send('Target.getTargets', { filter: [{}] }));
  const found = targetInfos.filter((each) => each.type === type && url(each.url));
  if (found.length > 1) {
    throw new Error(`${found.length} ${type} targets match; give the page a unique URL.`);
  }

  return found[0]?.targetId;
}

async function waitForTarget(root: CDPSession, type: string, url: (each: string) => boolean) {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const targetId = await findTarget(root, type, url);
    if (targetId) {
      return targetId;
    }

    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  throw new Error(`No ${type} target appeared.`);
}

/** Sends commands to a target Playwright does not attach to (a popup is not a tab). */
async function attach(root: CDPSession, targetId: string) {
  // flatten: false routes the popup's replies through this session, which Playwright relays.
  const { sessionId } = await root.send('Target.attachToTarget', { targetId, flatten: false });
  const pending = new Map<number, (value: z.infer<typeof reply>) => void>();
  let closed = false;
  let nextId = 1;
  root.on('Target.receivedMessageFromTarget', (event) => {
    const parsed = reply.parse(JSON.parse(event.message));
    if (event.sessionId === sessionId && parsed.id !== undefined) {
      pending.get(parsed.id)?.(parsed);
      pending.delete(parsed.id);
    }
  });
  root.on('Target.detachedFromTarget', (event) => {
    if (event.sessionId === sessionId) {
      closed = true;
      pending.forEach((resolve) => resolve({ error: { message: 'The popup closed.' } }));
      pending.clear();
    }
  });

  async function evaluate(expression: string, userGesture = false): Promise<unknown> {
    const id = nextId++;
    const answer = new Promise<z.infer<typeof reply>>((resolve) => pending.set(id, resolve));
    const params = { expression, awaitPromise: true, returnByValue: true, userGesture };
    const message = JSON.stringify({ id, method: 'Runtime.evaluate', params });
    await root.send('Target.sendMessageToTarget', { sessionId, message });
    const { result, error } = await answer;
    if (error) {
      throw new Error(error.message);
    }

    return result?.result.value;
  }

  return { evaluate, isClosed: () => closed };
}

function clickScript(name: string): string {
  const wanted = JSON.stringify(name);

  return `(() => {
    const named = (b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim() === ${wanted};
    const button = [...document.querySelectorAll('button')].find(named);
    button?.click();
    return Boolean(button);
  })()`;
}

/**
 * Clicks the extension's toolbar button for `page` (CDP `Extensions.triggerAction`). Like a
 * real click it grants activeTab for that tab; Playwright's pipe connection allows the call.
 */
export async function openActionPopup(page: Page, extensionId: string): Promise<ActionPopup> {
  const browser = page.context().browser();
  if (!browser) {
    throw new Error('The toolbar button needs a browser-level DevTools session.');
  }

  const root = await browser.newBrowserCDPSession();
  const tabId = await findTarget(root, 'tab', (url) => url === page.url());
  if (!tabId) {
    throw new Error(`No tab shows ${page.url()}.`);
  }

  await root.send('Extensions.triggerAction', { id: extensionId, targetId: tabId });
  const popupUrl = `chrome-extension://${extensionId}/popup.html`;
  const popup = await attach(root, await waitForTarget(root, 'page', (u) => u === popupUrl));
  const readText = () => popup.evaluate('document.body.innerText');

  return {
    text: async () => String(await readText()),
    async click(name) {
      // The popup renders after it opens: wait for the button as a locator would.
      for (let attempt = 0; attempt < 100; attempt += 1) {
        if ((await popup.evaluate(clickScript(name), true)) === true) {
          return;
        }

        await new Promise((resolve) => setTimeout(resolve, 50));
      }

      throw new Error(`The popup showed no button named "${name}" within 5 s.`);
    },
    async waitForClose(timeout = 5_000) {
      const deadline = Date.now() + timeout;
      while (!popup.isClosed() && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }

      return popup.isClosed();
    },
    async close() {
      await popup.evaluate('window.close()').catch(() => undefined);
      await root.detach().catch(() => undefined);
    },
  };
}
