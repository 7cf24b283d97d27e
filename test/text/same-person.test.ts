import { describe, expect, it } from 'vitest';
import { samePerson } from '../../src/text/entities.js';

describe('samePerson', () => {
  it('matches a surname alone, with or without a title, to the full name', () => {
    expect(samePerson('Mr. Zhao', 'Zhao Wenbo')).toBe(true);
    expect(samePerson('Lindqvist', 'Minister Petra Lindqvist')).toBe(true);
  });

  it('matches two full names when one holds the other (a middle initial, a title)', () => {
    expect(samePerson('Howard Carr', 'Howard W. Carr')).toBe(true);
    expect(samePerson('Vice Premier Zhao Wenbo', 'Zhao Wenbo')).toBe(true);
  });

  it("tells apart two full names that share one word: a Chinese surname that is another name's given name, or a shared surname", () => {
    expect(samePerson('Wen Zhao', 'Zhao Wenbo')).toBe(false);
    expect(samePerson('Li Qiang', 'Li Chenggang')).toBe(false);
    expect(samePerson('Anna Berg', 'Tomas Berg')).toBe(false);
  });
});
