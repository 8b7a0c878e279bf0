// @vitest-environment node
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ids } from './leads.mjs';
import { AUTH } from './test-helpers';

const CLI = fileURLToPath(new URL('./cli.mjs', import.meta.url));
const BANNER = new RegExp(
  '^Fake Apideck listening on (http://127\\.0\\.0\\.1:\\d+) ' +
    '\\(key demo-key, app demo-app, consumer demo-consumer\\)$',
);

/** Resolves with the first stdout line of the child. */
async function firstLine(child: ReturnType<typeof spawn>): Promise<string> {
  let buffer = '';
  for await (const chunk of child.stdout ?? []) {
    buffer += String(chunk);
    if (buffer.includes('\n')) {
      return buffer.split('\n')[0] ?? '';
    }
  }
  return buffer;
}

describe('cli.mjs', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('serves until %s, then exits cleanly', async (signal) => {
    const child = spawn(process.execPath, [CLI, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const line = await firstLine(child);
      const match = BANNER.exec(line);
      expect(match).not.toBeNull();
      const response = await fetch(`${match?.[1]}/crm/leads/${ids.full}`, { headers: AUTH });
      expect(response.status).toBe(200);
      child.kill(signal);
      const [code] = await once(child, 'exit');
      expect(code).toBe(0);
    } finally {
      if (child.exitCode === null) {
        child.kill('SIGKILL');
      }
    }
  });

  it('rejects a bad --port', async () => {
    const child = spawn(process.execPath, [CLI, '--port', 'nope'], { stdio: 'ignore' });
    const [code] = await once(child, 'exit');
    expect(code).not.toBe(0);
  });

  it('injects a fault given as ID=JSON and serves the demo pages with --pages', async () => {
    const fault = `${ids.full}={"status":503,"times":1}`;
    const child = spawn(process.execPath, [CLI, '--port', '0', '--fault', fault, '--pages=0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let output = '';
      for await (const chunk of child.stdout ?? []) {
        output += String(chunk);
        if (/Demo pages on /.test(output)) {
          break;
        }
      }
      const api = BANNER.exec(output.split('\n')[0] ?? '')?.[1];
      const pages = /Demo pages on (http:\/\/127\.0\.0\.1:\d+)\//.exec(output)?.[1];
      const lead = `${api}/crm/leads/${ids.full}`;

      expect((await fetch(lead, { headers: AUTH })).status).toBe(503);
      expect((await fetch(lead, { headers: AUTH })).status).toBe(200);
      expect(await (await fetch(`${pages}/demo.html`)).text()).toContain(ids.full);
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  });

  it.each([
    ['a fault without an ID', `={"status":503}`],
    ['a fault that is not JSON', `${ids.full}=status:503`],
    ['a fault the fake cannot honour', `${ids.full}={"status":418}`],
  ])('refuses %s and exits', async (_what, fault) => {
    const child = spawn(process.execPath, [CLI, '--port', '0', '--fault', fault], {
      stdio: 'ignore',
    });
    const [code] = await once(child, 'exit');
    expect(code).not.toBe(0);
  });

  it('prints its usage for --help and refuses an unknown option', async () => {
    const help = spawn(process.execPath, [CLI, '--help'], { stdio: ['ignore', 'pipe', 'ignore'] });
    const usage = await firstLine(help);
    const [helpCode] = await once(help, 'exit');
    expect(usage).toMatch(/^Usage: /);
    expect(helpCode).toBe(0);

    const bogus = spawn(process.execPath, [CLI, '--bogus-flag'], { stdio: 'ignore' });
    const [bogusCode] = await once(bogus, 'exit');
    expect(bogusCode).toBe(2);
  });
});
