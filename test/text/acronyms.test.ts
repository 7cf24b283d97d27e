import { describe, expect, it } from 'vitest';
import { acronymsIn } from '../../src/text/acronyms.js';

describe('acronyms of the names the articles spell out', () => {
  it('reads the initials of capitalised runs, skipping small words and a sentence-initial "The"', () => {
    const found = acronymsIn([
      'Derek Scissors of the American Enterprise Institute criticised the deal.',
      'Negotiators met in Kuala Lumpur last weekend.',
      'The Cyberspace Administration of China summoned the company.',
    ]);
    expect(found.get('aei')).toBe('American Enterprise Institute');
    expect(found.get('kl')).toBe('Kuala Lumpur');
    expect(found.get('cac')).toBe('Cyberspace Administration of China');
    // "The" starts the sentence, not the name; one capitalised word makes no acronym.
    expect(found.has('tcac')).toBe(false);
    expect(found.has('n')).toBe(false);
  });

  it('keeps the most frequent name when two share the initials', () => {
    const found = acronymsIn(['Kuala Lumpur hosted talks.', 'Officials left Kuala Lumpur.', 'Karen Lee said so.']);
    expect(found.get('kl')).toBe('Kuala Lumpur');
  });
});
