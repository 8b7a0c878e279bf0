import { cardStyles } from '@/components/card-styles';

import { createCardHost } from './card-host';
import { createCardSession } from './card-session';
import type { CardKit } from './contract';

/** Everything that renders and places a card, as the content script receives it. */
export const cardKit: CardKit = {
  createHost: (doc) => createCardHost(doc, cardStyles),
  createSession: createCardSession,
};
