import type { JSX } from 'preact';

import { type PatternFamily, patternFamilies, type Preferences } from '@/lib/preferences';

const familyLabels: Record<PatternFamily, string> = {
  salesforce: 'Salesforce lead IDs in text (00Q…)',
  close: 'Close lead IDs in text (lead_…)',
  links: 'Links to lead pages of supported CRMs',
  attributes: 'Elements with a data-lead-id attribute',
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
      <legend>Find these on pages</legend>
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
          {familyLabels[family]}
        </label>
      ))}
    </fieldset>
  );
}
