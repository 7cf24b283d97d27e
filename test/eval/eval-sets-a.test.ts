import { evalPartSuite } from '../helpers/eval-sets.js';

// Part 1 of the 4 parts of the eval sets `npm test` runs (`suiteSets`; every fourth from the first; the others are
// eval-sets-b/c/d.test.ts): four files, so that the two workers pack them evenly.
evalPartSuite(0);
