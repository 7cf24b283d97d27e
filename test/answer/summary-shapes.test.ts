import { describe, expect, it } from 'vitest';
import { storyViewAsked } from '../../src/answer/kinds/classify.js';

/**
 * A summary asked for by how long it takes to say ("the 60-second version") or by its beats ("main beats") is the view
 * of the whole story, as one asked for in bullets or lines is; a question about one thing's beats is not.
 */
describe('summaries asked for in a radio producer’s words', () => {
  it('reads a length in seconds and "main beats" as a summary asked for', () => {
    expect(storyViewAsked('give me the 60-second version: oslo to the pause, main beats')).toBe('story');
    expect(storyViewAsked('30 second summary pls')).toBe('story');
    expect(storyViewAsked('what are the key beats here, for the intro')).toBe('story');
  });

  it('still reads a question of fact as one', () => {
    expect(storyViewAsked('how many seconds did the handshake last?')).toBeNull();
  });
});
