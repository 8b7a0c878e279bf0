import type { Attention } from './attention';
import { findMarkAt, type HitGeometry } from './hit-test';
import type { MarkStore } from './mark-store';
import { createFrameTask } from './timing';

export interface PointerTrackerOptions {
  doc: Document;
  store: MarkStore;
  geometry: HitGeometry;
  attention: Attention;
  isHost(target: EventTarget | null): boolean;
  /** Checked once per frame of movement; false once the extension was reloaded. */
  isAlive(): boolean;
  signal: AbortSignal;
  /** Which events count; tests replace it, since their synthetic events are never trusted. */
  isTrusted?: (event: Event) => boolean;
}

interface PointerSample {
  x: number;
  y: number;
  target: EventTarget | null;
  pressed: boolean;
}

/** Follows the pointer: at most one hit test per animation frame, however fast it moves. */
export function trackPointer(options: PointerTrackerOptions): void {
  const { doc, store, attention, signal } = options;
  let sample: PointerSample | null = null;

  const resolve = (): void => {
    if (sample === null || !options.isAlive()) {
      return;
    }

    const { target, pressed } = sample;
    const onCard = options.isHost(target);
    // Nothing opens while dragging or selecting (github-hovercard#81).
    const testable = !onCard && !pressed && target instanceof Element;
    const mark = testable ? findMarkAt(store, target, sample, options.geometry) : null;
    attention.setPointer({ mark, onCard });
  };

  const frame = createFrameTask(signal, resolve);
  const isTrusted = options.isTrusted ?? ((event: Event) => event.isTrusted);
  const onMove = (event: PointerEvent): void => {
    // A page's own synthetic moves must not spend the user's API quota on IDs it planted.
    // Touch cannot hover: its moves are scrolls.
    if (isTrusted(event) && event.pointerType !== 'touch') {
      const pressed = event.buttons !== 0;
      sample = { x: event.clientX, y: event.clientY, target: event.target, pressed };
      frame();
    }
  };
  const onOut = (event: PointerEvent): void => {
    // No related target: the pointer left the window.
    if (event.relatedTarget === null) {
      sample = null;
      attention.setPointer({ mark: null, onCard: false });
    }
  };

  const listen = { capture: true, passive: true, signal };
  doc.addEventListener('pointermove', onMove, listen);
  doc.addEventListener('pointerout', onOut, listen);
}
