import { evalPartSuite } from '../helpers/eval-sets.js';

// Part 2 of the 4 parts of eval/sets.json (every fourth set from the second; the others are
// eval-sets-a/c/d.test.ts): four files, so that the two workers pack them evenly.
evalPartSuite(1);
