import * as z from 'zod';

// Chrome's MV3 CSP forbids eval; without jitless Zod probes `new Function` and the probe is
// reported as a CSP violation in every extension context.
z.config({ jitless: true });

export { z };
