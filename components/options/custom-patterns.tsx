import type { JSX } from 'preact';
import { useState } from 'preact/hooks';

import type { CustomPattern } from '@/lib/preferences';
import { nameService } from '@/lib/services';

import { findMatches } from './pattern-check';

export interface CustomPatternsProps {
  patterns: CustomPattern[];
  onChange: (next: CustomPattern[]) => void;
}

export function PatternList(props: CustomPatternsProps): JSX.Element | null {
  if (props.patterns.length === 0) {
    return null;
  }

  return (
    <ul class="lv-sites__list" aria-label="Your patterns">
      {props.patterns.map((item, index) => (
        <li key={`${index}:${item.pattern}`} class="lv-sites__item">
          <span>
            <code class="lv-mono">{item.pattern}</code> → {nameService(item.service)}
          </span>
          <button
            type="button"
            class="lv-button"
            aria-label={`Remove pattern ${item.pattern}`}
            onClick={() => props.onChange(props.patterns.filter((_, at) => at !== index))}
          >
            Remove
          </button>
        </li>
      ))}
    </ul>
  );
}

export function PatternTester(props: { regex: RegExp | null }): JSX.Element {
  const [sample, setSample] = useState('');
  const matches = props.regex && sample !== '' ? findMatches(props.regex, sample) : [];

  return (
    <div class="lv-field">
      <label class="lv-label" for="pattern-sample">
        Test the pattern on sample text
      </label>
      <textarea
        id="pattern-sample"
        class="lv-input lv-textarea"
        value={sample}
        onInput={(event) => setSample(event.currentTarget.value)}
      />
      <p class="lv-hint" role="status">
        {sample === '' || !props.regex
          ? 'Paste text that contains a lead ID to see what the pattern finds.'
          : matches.length === 0
            ? 'The pattern finds nothing in this text.'
            : `Finds: ${matches.join(', ')}`}
      </p>
    </div>
  );
}
