// @ts-check
// Serves test/pages/*.html on 127.0.0.1 for e2e tests and manual demos.
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

const PAGES_DIR = fileURLToPath(new URL('.', import.meta.url));
const PAGE_PATH = /^\/([A-Za-z0-9_-]+\.html)$/;

/** @returns {Promise<string[]>} */
async function listPages() {
  return (await readdir(PAGES_DIR)).filter((name) => name.endsWith('.html')).sort();
}

/**
 * @param {string} path
 * @returns {Promise<{ status: number, html: string }>}
 */
async function render(path) {
  const pages = await listPages();
  if (path === '/') {
    const items = pages.map((name) => `<li><a href="/${name}">${name}</a></li>`).join('');
    return { status: 200, html: `<!doctype html><title>Test pages</title><ul>${items}</ul>` };
  }
  const name = PAGE_PATH.exec(path)?.[1];
  if (!name || !pages.includes(name)) {
    return { status: 404, html: '<!doctype html><title>Not found</title><p>Not found</p>' };
  }
  return { status: 200, html: await readFile(`${PAGES_DIR}/${name}`, 'utf8') };
}

/**
 * @param {{ port?: number }} [options]
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 */
export async function startPageServer({ port = 0 } = {}) {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    render(path).then(
      ({ status, html }) => {
        res.writeHead(status, {
          'Content-Type': 'text/html; charset=utf-8',
          'Cache-Control': 'no-store',
        });
        res.end(req.method === 'HEAD' ? undefined : html);
      },
      () => res.writeHead(500).end(),
    );
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  return {
    url,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
