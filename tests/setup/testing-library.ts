import { beforeEach } from 'vitest';
import { configure } from '@testing-library/react';

// Component tests render the whole app in jsdom; on a loaded 2-core CI machine that can take over the
// default 1 s that findBy*/waitFor allow.
configure({ asyncUtilTimeout: 10_000 });

// Web mode keeps an autosave and settings in localStorage (jsdom keeps it for the whole file): each test starts
// with none, so one test's unsaved work is never offered back to the next.
beforeEach(() => {
  globalThis.localStorage?.clear();
});
