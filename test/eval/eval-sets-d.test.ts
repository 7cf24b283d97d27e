import { evalPartSuite } from '../helpers/eval-sets.js';

// Part 4 of the 4 parts of the eval sets `npm test` runs (`suiteSets`; every fourth from the fourth; the others are
// eval-sets-a/b/c.test.ts): four files, so that the two workers pack them evenly.
evalPartSuite(3);
