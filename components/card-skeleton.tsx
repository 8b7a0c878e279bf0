import type { JSX } from 'preact';

/** Placeholder with the profile's rough shape, so the card does not jump when the lead arrives. */
export function CardSkeleton(): JSX.Element {
  return (
    <div class="lv-skeleton" aria-hidden="true">
      <span class="lv-skeleton__avatar" />
      <span class="lv-skeleton__line" />
      <span class="lv-skeleton__line" />
      <span class="lv-skeleton__line" />
    </div>
  );
}
