import type { JSX } from 'preact';

import { type MessageKey, t } from '@/lib/i18n';
import { type PatternFamily, patternFamilies, type Preferences } from '@/lib/preferences';

const familyLabels: Record<PatternFamily, MessageKey> = {
  salesforce: 'familySalesforce',
  close: 'familyClose',
  links: 'familyLinks',
  attributes: 'familyAttributes',
};

export interface FamilySwitchesProps {
  preferences: Preferences;
  onChange: (next: Preferences) => void;
}

/** One checkbox per pattern family. */
export function FamilySwitches(props: FamilySwitchesProps): JSX.Element {
  const { families } = props.preferences;

  return (
    <fieldset class="lv-options__subgroup">
      <legend>{t('familiesTitle')}</legend>
      {patternFamilies.map((family) => (
        <label key={family} class="lv-check">
          <input
            type="checkbox"
            checked={families[family]}
            onChange={(event) =>
              props.onChange({
                ...props.preferences,
                families: { ...families, [family]: event.currentTarget.checked },
              })
            }
          />
          {t(familyLabels[family])}
        </label>
      ))}
    </fieldset>
  );
}
