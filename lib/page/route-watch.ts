import { createTimer } from './timing';

export interface RouteWatchOptions {
  view: Window;
  signal: AbortSignal;
  /** The page's URL changed without a load (a single-page app's route); runs once it settles. */
  onChange(): void;
  /** Time for the app to render the new route before detection runs again. */
  settleMs?: number;
}

/** Returns a check to call on every mutation batch: it catches routes no event announced. */
export function watchRoute(options: RouteWatchOptions): () => void {
  const { view, signal } = options;
  const timer = createTimer(signal);
  let url = view.location.href;
  const check = (): void => {
    const current = view.location.href;
    if (current !== url) {
      url = current;
      timer.start(options.settleMs ?? 250, options.onChange);
    }
  };

  // Content scripts cannot see the page's pushState calls (isolated world); the Navigation API's
  // events reach every world. popstate and hashchange cover browsers without it.
  const navigation: unknown = Reflect.get(view, 'navigation');
  if (navigation instanceof EventTarget) {
    navigation.addEventListener('currententrychange', check, { signal });
  }

  view.addEventListener('popstate', check, { signal });
  view.addEventListener('hashchange', check, { signal });

  return check;
}
