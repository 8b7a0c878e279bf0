import { type CardHost, hostTagName } from './contract';

// Typing and clicks inside a shadow root reach page handlers retargeted to the host
// (pixiebrix-extension#5172): stop them there. Pointer moves pass, for our own hover tracking.
const isolatedEvents = [
  'keydown',
  'keyup',
  'keypress',
  'pointerdown',
  'pointerup',
  'mousedown',
  'mouseup',
  'click',
  'contextmenu',
  'touchstart',
  'wheel',
];

function supportsPopover(element: HTMLElement): boolean {
  return 'showPopover' in element;
}

// Outside an open modal dialog everything is inert, top layer or not: the card would show but
// ignore the pointer and assistive tech. Inside the dialog it is as interactive as the dialog.
function findContainer(doc: Document, near: Node): Element {
  const element = near instanceof Element ? near : near.parentElement;
  const dialog = element?.closest('dialog') ?? null;
  try {
    return dialog?.matches(':modal') === true ? dialog : doc.documentElement;
  } catch {
    return doc.documentElement;
  }
}

function isolateEvents(host: HTMLElement, signal: AbortSignal): void {
  const stop = (event: Event): void => event.stopPropagation();
  isolatedEvents.forEach((type) => host.addEventListener(type, stop, { passive: true, signal }));
}

function createLayer(doc: Document, css: string): { root: HTMLElement; layer: HTMLElement } {
  const root = doc.createElement(hostTagName);
  // Closed: page scripts cannot reach into the card and read lead data (DESIGN 5).
  const shadow = root.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  const layer = doc.createElement('div');
  layer.className = 'lv-layer';
  layer.hidden = true;
  if (supportsPopover(layer)) {
    layer.popover = 'manual';
  }

  shadow.append(style, layer);

  return { root, layer };
}

/** Appends the host to the page; a host left by an earlier copy of the script is replaced. */
export function createCardHost(doc: Document, css: string): CardHost {
  doc.querySelectorAll(hostTagName).forEach((stale) => stale.remove());
  const { root, layer } = createLayer(doc, css);
  const life = new AbortController();
  isolateEvents(root, life.signal);
  doc.documentElement.append(root);
  const popover = supportsPopover(layer);

  return {
    element: root,
    layer,
    attachNear(near) {
      const container = findContainer(doc, near);
      if (root.parentNode !== container) {
        container.append(root);
      }
    },
    show() {
      layer.hidden = false;
      if (popover && !layer.matches(':popover-open')) {
        layer.showPopover();
      }
    },
    hide() {
      if (popover && layer.matches(':popover-open')) {
        layer.hidePopover();
      }

      layer.hidden = true;
    },
    focus: () => layer.querySelector<HTMLElement>('[role="dialog"]')?.focus(),
    remove() {
      life.abort();
      root.remove();
    },
  };
}
