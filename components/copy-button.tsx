import { Component, type JSX } from 'preact';

import { type MessageKey, t } from '@/lib/i18n';

type CopyState = 'idle' | 'copied' | 'failed';

const labels: Record<CopyState, MessageKey> = {
  idle: 'copyIdle',
  copied: 'copyDone',
  failed: 'copyFailed',
};

interface CopyButtonProps {
  value: string;
  /** The button's accessible name before it is used, e.g. "Copy email". */
  label: string;
}

/**
 * Copies one value; the confirmation reverts after a moment so the button can be used again.
 * A class rather than hooks: the hover card renders it, and preact/hooks would cost its content
 * script about a kilobyte (BENCHMARK.md G6).
 */
export class CopyButton extends Component<CopyButtonProps, { state: CopyState }> {
  override state = { state: 'idle' as CopyState };
  private timer: ReturnType<typeof setTimeout> | undefined;

  override componentWillUnmount(): void {
    clearTimeout(this.timer);
  }

  private readonly copy = async (): Promise<void> => {
    clearTimeout(this.timer);
    try {
      await navigator.clipboard.writeText(this.props.value);
      this.setState({ state: 'copied' });
    } catch {
      this.setState({ state: 'failed' });
    }

    this.timer = setTimeout(() => this.setState({ state: 'idle' }), 2000);
  };

  override render(): JSX.Element {
    const { state } = this.state;
    const text = t(labels[state]);

    return (
      <button
        type="button"
        class="lv-copy"
        aria-label={state === 'idle' ? this.props.label : text}
        onClick={() => void this.copy()}
      >
        <span aria-live="polite">{text}</span>
      </button>
    );
  }
}
