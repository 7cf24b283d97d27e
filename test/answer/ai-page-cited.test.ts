import { describe, expect, it } from 'vitest';
import { classifyQuestion } from '../../src/answer/kinds/classify.js';

/**
 * A machine-written page cited for a side of a question of fact ("who was treasury secretary in october? … the AI
 * article says lutnick", "the ai recap says the curbs came off in august?? when was it really") asks the fact, not
 * which page is machine-written (so does a doubt about its figure, "the AI article number seems high to me", or the
 * asker's confusion, "the AI article confuses me"); asking which one it is, what it gets wrong, or how reliable it is
 * still does.
 */
const kind = (q: string) => classifyQuestion(q, () => false).kind;

describe('an AI-written page cited for a side', () => {
  it('leaves a question of fact one of fact', () => {
    expect(kind('who was US treasury secretary during the october row? saw yellen named somewhere, and the AI article says lutnick')).toBe(
      'fact',
    );
    expect(kind('the ai recap in the folder says the chip software curbs came off in august?? when was it really')).toBe('fact');
  });

  it('leaves a question of fact one of fact when the asker doubts the page or is confused by it', () => {
    expect(kind('how many of the 17 cobalt grades are controlled after oct 9? the AI article number seems high to me')).toBe('fact');
    expect(kind('who confirmed the deal on the norwegian side — salo or berg? the AI article confuses me')).toBe('fact');
  });

  it('still asks about the pages when they are what is asked', () => {
    expect(kind('which article in the folder is AI-written, and what did it get wrong?')).toBe('ai-pages');
    expect(kind('the AI article says lutnick led the talks - what else does it get wrong?')).toBe('ai-pages');
  });
});
