import type { JSX } from 'preact';
import { useState } from 'preact/hooks';

import { t } from '@/lib/i18n';
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
    <ul class="lv-sites__list" aria-label={t('patternListLabel')}>
      {props.patterns.map((item, index) => (
        <li key={`${index}:${item.pattern}`} class="lv-sites__item">
          <span>
            <code class="lv-mono">{item.pattern}</code> → {nameService(item.service)}
          </span>
          <button
            type="button"
            class="lv-button"
            aria-label={t('patternRemoveLabel', [item.pattern])}
            onClick={() => props.onChange(props.patterns.filter((_, at) => at !== index))}
          >
            {t('remove')}
          </button>
        </li>
      ))}
    </ul>
  );
}

function testerText(regex: RegExp | null, sample: string): string {
  if (sample === '') {
    return t('patternTestEmpty');
  }

  if (regex === null) {
    return t('patternTestNoPattern');
  }

  const matches = findMatches(regex, sample);

  return matches.length === 0
    ? t('patternTestNothing')
    : t('patternTestFinds', [matches.join(', ')]);
}

/** Shows what the pattern finds in sample text, with or without a service ID typed yet. */
export function PatternTester(props: { regex: RegExp | null }): JSX.Element {
  const [sample, setSample] = useState('');

  return (
    <div class="lv-field">
      <label class="lv-label" for="pattern-sample">
        {t('patternTestLabel')}
      </label>
      <textarea
        id="pattern-sample"
        class="lv-input lv-textarea"
        value={sample}
        onInput={(event) => setSample(event.currentTarget.value)}
      />
      <p class="lv-hint" role="status">
        {testerText(props.regex, sample)}
      </p>
    </div>
  );
}
