// Types for serve.mjs, so TypeScript tests can import the plain-JS page server without allowJs.
export function startPageServer(options?: { port?: number }): Promise<{
  url: string;
  close(): Promise<void>;
}>;
