import { evalPartSuite } from '../helpers/eval-sets.js';

// Part 3 of the 4 parts of eval/sets.json (every fourth set from the third; the others are
// eval-sets-a/b/d.test.ts): four files, so that the two workers pack them evenly.
evalPartSuite(2);
