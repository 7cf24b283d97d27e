import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../src/text/entities.js';

/** Places the gazetteer does not know, read as news writes them; and words that only look like places. */
describe('places', () => {
  const names = (text: string) => findPlaces(text).map((p) => p.text);

  it('reads a town named with its country ("Gyeongju, South Korea")', () => {
    expect(names('The leaders met at the summit in Gyeongju, South Korea, on Thursday.')).toContain('Gyeongju');
    expect(names('Talks opened in Penrith, Australia, a day later.')).toContain('Penrith');
  });

  it('reads a town where a meeting was held ("met in Gyeongju")', () => {
    expect(names('Trump and Xi then met in Gyeongju on October 30.')).toContain('Gyeongju');
  });

  it('does not read a day, a word of English, a possessive or a compound name as a place', () => {
    expect(names('On Thursday, Japan agreed to the terms.')).not.toContain('Thursday');
    expect(names('However, China said it would respond.')).not.toContain('However');
    expect(names("The talks in Lutnick's office ran late.")).toEqual([]);
    expect(names('on the sidelines of the Asia-Pacific Economic Cooperation summit')).not.toContain('Asia');
  });
});
