import type { CardView } from '@/components/card';
import type { LeadReference } from '@/lib/detect';
import type { PageGeometry } from '@/lib/page/geometry';
import type { Mark } from '@/lib/page/marks';

/**
 * The seam between the content script and the card kit (`entrypoints/card-kit.ts`), which the
 * background injects into the same frame on demand. Only types and two small helpers live here:
 * whatever the content script imports from this file is bundled into it.
 */

/** A valid custom element name: page selectors for `div` and friends never match it. */
export const hostTagName = 'lead-viewer-root';

/** The one element we add to a page (CONTRACT C7); the card's layer is in its closed shadow. */
export interface CardHost {
  readonly element: HTMLElement;
  /** Where the card renders; a manual popover, so it sits in the top layer above modals. */
  readonly layer: HTMLElement;
  /** Moves the host into the modal dialog `near` is in, or back to the root element. */
  attachNear(near: Node): void;
  show(): void;
  hide(): void;
  /** Moves keyboard focus into the card's dialog. */
  focus(): void;
  remove(): void;
}

export interface CardSessionOptions {
  doc: Document;
  host: CardHost;
  mark: Mark;
  geometry: PageGeometry;
  lookUp(reference: LeadReference, refresh: boolean): Promise<CardView>;
  /** The error notice's "Open options": the kit has no `browser`, the content script asks. */
  openOptions(): void;
  /** Escape, the close button, or the ID left the viewport. */
  onDismiss(): void;
  onUnavailable(): void;
}

/** One open card: its lookup, rendering, placement and listeners. */
export interface CardSession {
  readonly mark: Mark;
  readonly signal: AbortSignal;
  start(): void;
  end(): void;
}

/** What the card kit hands over: everything that renders and places a card. */
export interface CardKit {
  createHost(doc: Document): CardHost;
  createSession(options: CardSessionOptions): CardSession;
}

// Content scripts of one extension share an isolated world per frame, which page scripts never
// see: the kit leaves itself here and the content script takes it.
const handoverKey = 'leadViewerCardKit';

/** Called by the card kit when it has been injected. */
export function offerCardKit(kit: CardKit): void {
  Reflect.set(globalThis, handoverKey, kit);
}

function isCardKit(value: unknown): value is CardKit {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof Reflect.get(value, 'createHost') === 'function' &&
    typeof Reflect.get(value, 'createSession') === 'function'
  );
}

/** Takes the kit the last injection left, or null; the next taker needs a new injection. */
export function takeCardKit(): CardKit | null {
  const kit: unknown = Reflect.get(globalThis, handoverKey);
  Reflect.deleteProperty(globalThis, handoverKey);

  return isCardKit(kit) ? kit : null;
}
