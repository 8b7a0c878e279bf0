// One prefix for every line; never pass keys, lead data or page text to it.
const prefix = '[Lead Viewer]';
const verbose = import.meta.env.MODE !== 'production';

export const logger = {
  debug(...details: unknown[]): void {
    if (verbose) {
      console.debug(prefix, ...details);
    }
  },
  warn(...details: unknown[]): void {
    console.warn(prefix, ...details);
  },
  error(...details: unknown[]): void {
    console.error(prefix, ...details);
  },
};
