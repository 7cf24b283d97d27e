import { evalPartSuite } from '../helpers/eval-sets.js';

// Part 1 of the 4 parts of eval/sets.json (every fourth set from the first; the others are
// eval-sets-b/c/d.test.ts): four files, so that the two workers pack them evenly.
evalPartSuite(0);
