import { reactWrapperTests } from './wrapper-tests.js';

reactWrapperTests('19');
