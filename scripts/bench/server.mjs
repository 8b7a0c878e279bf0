// @ts-check
// Serves the generated pages on 127.0.0.1 only.
import { createServer } from 'node:http';

/** @param {Record<string, string>} pages name → HTML */
export async function servePages(pages) {
  const server = createServer((request, response) => {
    const name = (request.url ?? '/').replace(/^\/|\.html$/g, '');
    const html = pages[name];
    response.writeHead(html === undefined ? 404 : 200, { 'content-type': 'text/html' });
    response.end(html ?? 'not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;

  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}
