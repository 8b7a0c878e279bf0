import cardCss from './card.css?inline';
import profileCss from './lead-profile.css?inline';

/** Everything the card's shadow root needs: the shell, then the profile and error notice. */
export const cardStyles = `${cardCss}\n${profileCss}`;
