import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';

// Testing Library cleans up by itself only when Vitest globals are on; they are off here.
afterEach(() => cleanup());
