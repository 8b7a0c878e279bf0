import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

type CopyState = 'idle' | 'copied' | 'failed';

const labels: Record<CopyState, string> = {
  idle: 'Copy',
  copied: 'Copied',
  failed: 'Copy failed',
};

/** Copies one value; the confirmation reverts after a moment so the button can be used again. */
export function CopyButton(props: { value: string; what: string }): JSX.Element {
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const copy = async (): Promise<void> => {
    clearTimeout(timer.current);
    try {
      await navigator.clipboard.writeText(props.value);
      setState('copied');
    } catch {
      setState('failed');
    }
    timer.current = setTimeout(() => setState('idle'), 2000);
  };

  return (
    <button
      type="button"
      class="lv-copy"
      aria-label={state === 'idle' ? `Copy ${props.what}` : labels[state]}
      onClick={() => void copy()}
    >
      <span aria-live="polite">{labels[state]}</span>
    </button>
  );
}
