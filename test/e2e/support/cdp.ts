import type { Page } from 'playwright-core';

export interface DialogInfo {
  name: string;
  box: { x: number; y: number; width: number; height: number } | null;
}

interface AxNode {
  role?: { value?: string };
  name?: { value?: string };
  backendDOMNodeId?: number;
  ignored?: boolean;
}

async function boxOf(page: Page, backendNodeId: number): Promise<DialogInfo['box']> {
  const session = await page.context().newCDPSession(page);
  try {
    const { model } = await session.send('DOM.getBoxModel', { backendNodeId });
    const [x1 = 0, y1 = 0, x2 = 0, , , y3 = 0] = model.border;

    return { x: x1, y: y1, width: x2 - x1, height: y3 - y1 };
  } catch {
    return null;
  } finally {
    await session.detach();
  }
}

/**
 * Dialogs as assistive technology sees them. The card lives in a closed shadow root, which
 * Playwright's locators cannot enter; the accessibility tree includes it.
 */
export async function findDialogs(page: Page): Promise<DialogInfo[]> {
  const session = await page.context().newCDPSession(page);
  let nodes: AxNode[];
  try {
    ({ nodes } = await session.send('Accessibility.getFullAXTree'));
  } finally {
    await session.detach();
  }

  const dialogs = nodes.filter((node) => !node.ignored && node.role?.value === 'dialog');

  return Promise.all(
    dialogs.map(async (node) => ({
      name: node.name?.value ?? '',
      box: node.backendDOMNodeId ? await boxOf(page, node.backendDOMNodeId) : null,
    })),
  );
}

/** Text inside the page, shadow roots included, as the accessibility tree exposes it. */
export async function readAccessibleText(page: Page): Promise<string> {
  const session = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await session.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };

    return nodes.map((node) => node.name?.value ?? '').join('\n');
  } finally {
    await session.detach();
  }
}
