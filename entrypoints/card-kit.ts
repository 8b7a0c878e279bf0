import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

import { offerCardKit } from '@/lib/card-kit/contract';
import { cardKit } from '@/lib/card-kit/kit';

/**
 * The card's renderer (Preact, the profile, its styles, floating-ui placement), kept out of the
 * content script: the background injects it into the frame that asks, when a card is about to
 * open. It returns nothing, since `executeScript` hands the last value back (Firefox refuses
 * values it cannot clone).
 */
export default defineUnlistedScript(() => {
  offerCardKit(cardKit);
});
