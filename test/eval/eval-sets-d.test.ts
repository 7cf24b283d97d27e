import { evalPartSuite } from '../helpers/eval-sets.js';

// Part 4 of the 4 parts of eval/sets.json (every fourth set from the fourth; the others are
// eval-sets-a/b/c.test.ts): four files, so that the two workers pack them evenly.
evalPartSuite(3);
