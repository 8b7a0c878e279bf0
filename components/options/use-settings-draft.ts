import { useState } from 'preact/hooks';

import { type SettingsField, validateSettings } from '@/lib/settings';

import type { Draft } from './draft';

export type FieldErrors = Partial<Record<SettingsField, string>>;

export interface SettingsDraft {
  draft: Draft;
  /** Errors of the fields the person has left or tried to save. */
  errors: FieldErrors;
  update: (field: SettingsField, value: string) => void;
  touch: (field: SettingsField) => void;
  showAllErrors: () => void;
  replace: (draft: Draft) => void;
}

/** Validates on every keystroke; a field shows its error once it was left or saved. */
export function useSettingsDraft(initial: Draft): SettingsDraft {
  const [draft, setDraft] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<SettingsField> | 'all'>(new Set());
  const validation = validateSettings(draft);
  const allErrors: FieldErrors = validation.ok ? {} : validation.fieldErrors;
  const isShown = (field: SettingsField): boolean => touched === 'all' || touched.has(field);
  const errors = Object.fromEntries(
    Object.entries(allErrors).filter(([field]) => isShown(field as SettingsField)),
  );

  return {
    draft,
    errors,
    update: (field, value) => setDraft((current) => ({ ...current, [field]: value })),
    touch: (field) =>
      setTouched((current) => (current === 'all' ? current : new Set(current).add(field))),
    showAllErrors: () => setTouched('all'),
    replace: (next) => {
      setDraft(next);
      setTouched(new Set());
    },
  };
}
