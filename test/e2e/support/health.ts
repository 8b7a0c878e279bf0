import type { BrowserContext, CDPSession } from 'playwright-core';

import { z } from '../../../lib/zod';

/** Something a DevTools window on one target would have shown in red. */
export interface Finding {
  target: string;
  message: string;
}

export interface HealthWatch {
  cspIssues(): Finding[];
  uncaughtErrors(): Finding[];
  /** Every URL an attached target showed, so a test can prove each context was watched. */
  watchedUrls(): string[];
  /** Page URLs where one of the extension's isolated worlds (its content script) ran. */
  contentScriptPages(): string[];
  /** Waits until every attached target has delivered what it raised so far. */
  settle(): Promise<void>;
  stop(): Promise<void>;
}

interface Child {
  targetId: string;
  sessionId?: string;
  label: string;
  url: string;
  pending: Map<number, () => void>;
  /** The extension's isolated worlds (its content script) in this page. */
  isolated: Set<number>;
}

interface Recorder {
  csp: Map<string, Finding>;
  errors: Map<string, Finding>;
  urls: Set<string>;
  scriptPages: Set<string>;
}

const watchedTypes = new Set(['page', 'iframe', 'service_worker', 'worker', 'shared_worker']);

const childMessage = z.object({
  id: z.number().optional(),
  method: z.string().optional(),
  params: z.unknown().optional(),
});

const cspDetails = z.object({
  violatedDirective: z.string(),
  contentSecurityPolicyViolationType: z.string(),
  blockedURL: z.string().optional(),
  sourceCodeLocation: z
    .object({ url: z.string(), lineNumber: z.number(), columnNumber: z.number() })
    .optional(),
});

const issueAdded = z.object({
  issue: z.object({
    code: z.string(),
    details: z.object({ contentSecurityPolicyIssueDetails: cspDetails.optional() }),
  }),
});

const exceptionThrown = z.object({
  exceptionDetails: z.object({
    text: z.string(),
    url: z.string().optional(),
    executionContextId: z.number().optional(),
    exception: z.object({ description: z.string().optional() }).optional(),
  }),
});

const contextCreated = z.object({
  context: z.object({
    id: z.number(),
    origin: z.string(),
    auxData: z.looseObject({ type: z.string() }),
  }),
});

/** Whether a finding is ours: raised by an extension page or worker, or by our content script. */
interface Scope {
  extensionTarget: boolean;
  ours: (url: string | undefined) => boolean;
}

function describeIssue(params: unknown, scope: Scope): string | null {
  const { issue } = issueAdded.parse(params);
  const details = issue.details.contentSecurityPolicyIssueDetails;
  if (issue.code !== 'ContentSecurityPolicyIssue' || !details) {
    return null;
  }

  // In a web page, only a violation raised by our content script's code is ours.
  if (!scope.extensionTarget && !scope.ours(details.sourceCodeLocation?.url)) {
    return null;
  }

  const where = details.sourceCodeLocation;
  const at = where ? ` at ${where.url}:${where.lineNumber}:${where.columnNumber}` : '';
  const blocked = details.blockedURL ? ` blocking ${details.blockedURL}` : '';
  const kind = `${details.contentSecurityPolicyViolationType} on ${details.violatedDirective}`;

  return `${kind}${blocked}${at}`;
}

function describeException(params: unknown): string {
  const { exceptionDetails } = exceptionThrown.parse(params);
  const where = exceptionDetails.url ? ` (${exceptionDetails.url})` : '';

  return `${exceptionDetails.exception?.description ?? exceptionDetails.text}${where}`;
}

function add(findings: Map<string, Finding>, target: string, message: string): void {
  // Chromium 156 raised each eval violation here as two identical issues; one finding is enough.
  findings.set(`${target}\n${message}`, { target, message });
}

/** A page's own errors are not ours (some tests provoke them); our contexts' errors are. */
function isOurException(params: unknown, child: Child, scope: Scope): boolean {
  const contextId = exceptionThrown.parse(params).exceptionDetails.executionContextId;

  return scope.extensionTarget || (contextId !== undefined && child.isolated.has(contextId));
}

function record(recorder: Recorder, child: Child, method: string, params: unknown, ext: string) {
  const origin = `chrome-extension://${ext}`;
  const ours = (url: string | undefined) => url?.startsWith(`${origin}/`) ?? false;
  const scope: Scope = { extensionTarget: ours(child.url), ours };
  if (method === 'Audits.issueAdded') {
    const message = describeIssue(params, scope);
    if (message) {
      add(recorder.csp, child.label, message);
    }
  } else if (method === 'Runtime.exceptionThrown') {
    if (isOurException(params, child, scope)) {
      add(recorder.errors, child.label, describeException(params));
    }
  } else if (method === 'Runtime.executionContextCreated') {
    const parsed = contextCreated.safeParse(params);
    const context = parsed.data?.context;
    if (context?.auxData.type === 'isolated' && context.origin === origin) {
      child.isolated.add(context.id);
      recorder.scriptPages.add(child.url);
    }
  }
}

/** Talks to targets in non-flat mode: their messages arrive as events on the root session. */
function createRelay(
  root: CDPSession,
  onEvent: (child: Child, method: string, p: unknown) => void,
) {
  const children = new Map<string, Child>();
  let nextId = 1;

  function call(child: Child, method: string): Promise<void> {
    const { sessionId } = child;
    if (!sessionId) {
      return Promise.resolve();
    }

    const id = nextId++;
    const reply = new Promise<void>((resolve) => child.pending.set(id, resolve));
    const message = JSON.stringify({ id, method });
    root
      .send('Target.sendMessageToTarget', { sessionId, message })
      .catch(() => child.pending.get(id)?.());

    return reply;
  }

  root.on('Target.receivedMessageFromTarget', ({ sessionId, message }) => {
    const child = [...children.values()].find((each) => each.sessionId === sessionId);
    const parsed = childMessage.parse(JSON.parse(message));
    if (child && parsed.id !== undefined) {
      child.pending.get(parsed.id)?.();
      child.pending.delete(parsed.id);
    } else if (child && parsed.method) {
      onEvent(child, parsed.method, parsed.params);
    }
  });
  root.on('Target.detachedFromTarget', ({ sessionId }) => {
    for (const [targetId, child] of children) {
      if (child.sessionId === sessionId) {
        child.pending.forEach((resolve) => resolve());
        children.delete(targetId);
      }
    }
  });

  return { children, call };
}

async function attach(relay: ReturnType<typeof createRelay>, root: CDPSession, child: Child) {
  const { targetId } = child;
  // flatten: false routes the target's messages through this session, which Playwright relays.
  const { sessionId } = await root.send('Target.attachToTarget', { targetId, flatten: false });
  child.sessionId = sessionId;
  // Audits.enable replays issues raised before it; Runtime.enable replays stored exceptions.
  await Promise.all([relay.call(child, 'Audits.enable'), relay.call(child, 'Runtime.enable')]);
}

function follow(root: CDPSession, relay: ReturnType<typeof createRelay>, recorder: Recorder) {
  root.on('Target.targetCreated', ({ targetInfo: { targetId, type, url } }) => {
    if (relay.children.has(targetId) || !watchedTypes.has(type)) {
      return;
    }

    // A target closed before the attach lands is simply dropped.
    const child: Child = {
      targetId,
      label: `${type} ${url}`,
      url,
      pending: new Map(),
      isolated: new Set(),
    };
    relay.children.set(targetId, child);
    recorder.urls.add(url);
    attach(relay, root, child).catch(() => relay.children.delete(targetId));
  });
  root.on('Target.targetInfoChanged', ({ targetInfo: { targetId, type, url } }) => {
    const child = relay.children.get(targetId);
    if (child) {
      Object.assign(child, { url, label: `${type} ${url}` });
      recorder.urls.add(url);
    }
  });
}

/**
 * Watches the extension's pages and workers, and its content script in every page, the way
 * an open DevTools window would: in Chromium, CSP eval violations are Issues (Audits), never
 * console messages. Web pages' own errors and violations are left out.
 */
export async function watchHealth(
  context: BrowserContext,
  extensionId: string,
): Promise<HealthWatch> {
  // Playwright's pipe gives even a persistent context a browser session, so no probe page.
  const browser = context.browser();
  if (!browser) {
    throw new Error('Watching extension health needs a browser-level DevTools session.');
  }

  const root = await browser.newBrowserCDPSession();
  const recorder: Recorder = {
    csp: new Map(),
    errors: new Map(),
    urls: new Set(),
    scriptPages: new Set(),
  };
  const relay = createRelay(root, (child, method, params) =>
    record(recorder, child, method, params, extensionId),
  );
  follow(root, relay, recorder);
  await root.send('Target.setDiscoverTargets', { discover: true });

  return createWatch(root, recorder, async () => {
    // A command answered means every event the target sent before it has arrived.
    const children = [...relay.children.values()];
    await Promise.all(children.map((child) => relay.call(child, 'Runtime.enable')));
  });
}

function createWatch(
  root: CDPSession,
  recorder: Recorder,
  settle: () => Promise<void>,
): HealthWatch {
  return {
    cspIssues: () => [...recorder.csp.values()],
    uncaughtErrors: () => [...recorder.errors.values()],
    watchedUrls: () => [...recorder.urls],
    contentScriptPages: () => [...recorder.scriptPages],
    settle,
    async stop() {
      await root.detach().catch(() => undefined);
    },
  };
}
