import { evalPartSuite } from '../helpers/eval-sets.js';

// Part 2 of the 4 parts of the eval sets `npm test` runs (`suiteSets`; every fourth from the second; the others are
// eval-sets-a/c/d.test.ts): four files, so that the two workers pack them evenly.
evalPartSuite(1);
