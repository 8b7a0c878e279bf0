import { vi } from 'vitest';

import type { Fetch } from '../../lib/apideck/transport';

/** A JSON response, as Apideck would send it. */
export function jsonResponse(body: unknown, status = 200, headers: HeadersInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...Object.fromEntries(new Headers(headers)) },
  });
}

/** A response whose body is sent as-is (HTML error pages, broken JSON, …). */
export function textResponse(body: string, status = 200, headers: HeadersInit = {}): Response {
  return new Response(body, { status, headers });
}

type Step = Response | Error | (() => Response);

/** A fake `fetch` answering call n with step n (the last step repeats); errors are thrown. */
export function fetchSequence(...steps: Step[]) {
  let call = 0;

  return vi.fn<Fetch>(async () => {
    const step = steps[Math.min(call, steps.length - 1)];
    call += 1;
    if (step === undefined) {
      throw new Error('fetchSequence needs at least one step');
    }

    if (step instanceof Error) {
      throw step;
    }

    return typeof step === 'function' ? step() : step.clone();
  });
}

/** A fake `fetch` that never answers but, like the real one, rejects when its signal aborts. */
export function hangingFetch() {
  return vi.fn<Fetch>(
    (_input, init) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => {
          reject(new DOMException('The operation was aborted.', 'AbortError'));
        });
      }),
  );
}

/** The URL and headers of the fake's nth call. */
export function callOf(fetchFake: ReturnType<typeof vi.fn<Fetch>>, index = 0) {
  const call = fetchFake.mock.calls[index];
  if (!call) {
    throw new Error(`fetch was not called ${index + 1} time(s)`);
  }

  const [input, init] = call;

  return { url: String(input), headers: new Headers(init?.headers), init };
}
