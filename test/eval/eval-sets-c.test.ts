import { evalPartSuite } from '../helpers/eval-sets.js';

// Part 3 of the 4 parts of the eval sets `npm test` runs (`suiteSets`; every fourth from the third; the others are
// eval-sets-a/b/d.test.ts): four files, so that the two workers pack them evenly.
evalPartSuite(2);
