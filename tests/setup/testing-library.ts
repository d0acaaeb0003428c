import { configure } from '@testing-library/react';

// Component tests render the whole app in jsdom; on a loaded 2-core CI machine that can take over the
// default 1 s that findBy*/waitFor allow.
configure({ asyncUtilTimeout: 10_000 });
