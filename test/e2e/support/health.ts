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
    exception: z.object({ description: z.string().optional() }).optional(),
  }),
});

const contextCreated = z.object({
  context: z.object({ origin: z.string(), auxData: z.looseObject({ type: z.string() }) }),
});

function describeIssue(params: unknown): string | null {
  const { issue } = issueAdded.parse(params);
  const details = issue.details.contentSecurityPolicyIssueDetails;
  if (issue.code !== 'ContentSecurityPolicyIssue' || !details) {
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

function record(recorder: Recorder, child: Child, method: string, params: unknown, ext: string) {
  if (method === 'Audits.issueAdded') {
    const message = describeIssue(params);
    if (message) {
      add(recorder.csp, child.label, message);
    }
  } else if (method === 'Runtime.exceptionThrown') {
    add(recorder.errors, child.label, describeException(params));
  } else if (method === 'Runtime.executionContextCreated') {
    const parsed = contextCreated.safeParse(params);
    const { origin, auxData } = parsed.data?.context ?? {};
    if (auxData?.type === 'isolated' && origin === `chrome-extension://${ext}`) {
      recorder.scriptPages.add(child.url);
    }
  }
}

/** Talks to targets in non-flat mode: their messages arrive as events on the probe's session. */
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
    const child: Child = { targetId, label: `${type} ${url}`, url, pending: new Map() };
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
 * Watches every page and worker of the context the way an open DevTools window would: in
 * Chromium, CSP eval violations are Issues (Audits), never console messages.
 */
export async function watchHealth(
  context: BrowserContext,
  extensionId: string,
): Promise<HealthWatch> {
  // A persistent context has no browser(), so no browser session; a page session can attach.
  const root = await context.newCDPSession(await context.newPage());
  const { targetInfo: probe } = await root.send('Target.getTargetInfo');
  const recorder: Recorder = {
    csp: new Map(),
    errors: new Map(),
    urls: new Set(),
    scriptPages: new Set(),
  };
  const relay = createRelay(root, (child, method, params) =>
    record(recorder, child, method, params, extensionId),
  );
  // The probe itself is marked as known, so it is never attached to itself.
  relay.children.set(probe.targetId, {
    targetId: probe.targetId,
    label: '',
    url: '',
    pending: new Map(),
  });
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
