import { reactWrapperTests } from './wrapper-tests.js';

// Bundled with test/react-18's React: see web-test-runner.config.mjs.
reactWrapperTests('18');
