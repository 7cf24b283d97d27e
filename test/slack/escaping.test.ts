/**
 * Slack escaping: what dealbot sends can never notify, link or break out of its formatting, however the
 * text was written and wherever it is cut.
 */
import { describe, expect, it } from 'vitest';
import {
  blockquote,
  escapeMrkdwn,
  foldWhitespace,
  mrkdwnLink,
  plainFromSlack,
  splitMrkdwn,
  truncateMrkdwn,
  unescapeMrkdwn,
} from '../../src/slack/mrkdwn.js';

/** True when every `&` starts a whole entity, every `<` has its `>`, and no surrogate pair is cut. */
function wellFormed(s: string): boolean {
  if (/&(?!amp;|lt;|gt;)/.test(s)) return false;
  let depth = 0;
  for (const ch of s) {
    if (ch === '<') depth++;
    if (ch === '>') depth--;
    if (depth < 0 || depth > 1) return false;
  }
  if (depth !== 0) return false;
  return !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);
}

const TRICKY = `${escapeMrkdwn('Tariffs <55%> & "rare earths" — ')}<https://e.org/a?b=1&amp;c=2|the report> 🇨🇳🇺🇸 ${escapeMrkdwn('<!here> & <@U1>')} 😀😀 end`;

describe('escapeMrkdwn / unescapeMrkdwn', () => {
  it('escapes exactly &, < and >, and round-trips', () => {
    expect(escapeMrkdwn('<!channel> & <@U1> > <#C1>')).toBe('&lt;!channel&gt; &amp; &lt;@U1&gt; &gt; &lt;#C1&gt;');
    expect(escapeMrkdwn('&lt;')).toBe('&amp;lt;');
    for (const s of ['a & b', '<x>', '&amp;', '&lt;!here&gt;', 'plain']) expect(unescapeMrkdwn(escapeMrkdwn(s))).toBe(s);
  });
});

describe('plainFromSlack', () => {
  it('drops broadcasts and bare mentions, keeps labels of other tokens and decodes entities', () => {
    expect(plainFromSlack('<!channel> <!here|here> <!everyone> who?')).toBe('      who?');
    expect(plainFromSlack('<!here|here>x')).toBe(' x');
    expect(plainFromSlack('<!date^1750000000^{date}|June 15> and <!subteam^S1|@trade-team>')).toBe('June 15 and @trade-team');
    expect(plainFromSlack('<!heresy|Heresy> <!channels|Channels>')).toBe('Heresy Channels');
    expect(plainFromSlack('<@U1> <@U2|jo> <#C1> <#C2|general>')).toBe('  @jo   #general');
    expect(plainFromSlack('<https://e.org/x|the report> <https://e.org/y>')).toBe('the report https://e.org/y');
    expect(plainFromSlack('a &lt; b &gt; c &amp;lt;')).toBe('a < b > c &lt;');
  });
});

describe('foldWhitespace', () => {
  it('folds runs of any whitespace into one space and trims', () => {
    expect(foldWhitespace('  the\n\n deal\twas   signed \n')).toBe('the deal was signed');
    expect(foldWhitespace('one')).toBe('one');
  });
});

describe('mrkdwnLink', () => {
  it('links only whole http(s) URLs; anything else is escaped text', () => {
    expect(mrkdwnLink('https://e.org/a', 'A & B')).toBe('<https://e.org/a|A &amp; B>');
    expect(mrkdwnLink('http://e.org/a', 'A')).toBe('<http://e.org/a|A>');
    expect(mrkdwnLink('HTTPS://E.ORG/a', 'A')).toBe('<HTTPS://E.ORG/a|A>');
    for (const url of [
      'javascript:alert(1)',
      'ftp://e.org/a',
      'see https://e.org/a',
      'https://e.org/a b',
      'https://',
      null,
      undefined,
      '',
    ]) {
      expect(mrkdwnLink(url, '<A>')).toBe('&lt;A&gt;');
    }
  });

  it('encodes characters that would end the link early, and keeps | out of the label', () => {
    expect(mrkdwnLink('https://e.org/a|<b>"c"?x=1&y=2', 'x|y')).toBe('<https://e.org/a%7C%3Cb%3E%22c%22?x=1&amp;y=2|x¦y>');
  });
});

describe('blockquote', () => {
  it('prefixes every line, empty lines with a bare >', () => {
    expect(blockquote('one\n\ntwo')).toBe('> one\n>\n> two');
  });
});

describe('cutting mrkdwn', () => {
  it('truncateMrkdwn never cuts an entity, a <…> token or a surrogate pair, at any length', () => {
    expect(wellFormed(TRICKY)).toBe(true);
    for (let max = 2; max <= TRICKY.length + 1; max++) {
      const out = truncateMrkdwn(TRICKY, max);
      expect(out.length, `max ${max}`).toBeLessThanOrEqual(Math.max(max, 2));
      expect(wellFormed(out), `max ${max}: ${out}`).toBe(true);
    }
    expect(truncateMrkdwn(TRICKY, TRICKY.length)).toBe(TRICKY);
    expect(truncateMrkdwn('abc def', 5, '')).toBe('abc');
  });

  it('splitMrkdwn never cuts one either, loses no word, and stays within the limit', () => {
    const long = Array.from({ length: 30 }, () => TRICKY).join(' ');
    // (Limits longer than the longest token, a 41-character link: a token longer than the limit must be cut.)
    for (const max of [48, 64, 101, 250]) {
      const pieces = splitMrkdwn(long, max);
      for (const p of pieces) {
        expect(p.length).toBeLessThanOrEqual(max);
        expect(wellFormed(p), p).toBe(true);
      }
      expect(pieces.join(' ').replace(/\s+/g, ' ')).toBe(long.replace(/\s+/g, ' '));
    }
  });

  it('a block quote split mid-line keeps its > on the continuation', () => {
    const pieces = splitMrkdwn(`> ${'word '.repeat(20).trim()}`, 40);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) expect(p.startsWith('> ')).toBe(true);
  });
});

describe('truncateMrkdwn cuts as late as it safely can', () => {
  it.each([
    // [text, max, expected]
    ['Hi <@U1> said yes to the deal', 14, 'Hi <@U1> said…'],
    ['abcdefgh<xyz>ijk', 13, 'abcdefgh…'],
    ['Hi <https://e.org|the report> ok', 23, 'Hi…'],
    ['abcdefghij&amp;klm', 13, 'abcdefghij…'],
    ['abcdefg&amp;hijklmno', 14, 'abcdefg&amp;h…'],
    ['abcdefghijkl😀xyz', 14, 'abcdefghijkl…'],
    ['abcdefghijkl\u{10000}xyz', 14, 'abcdefghijkl…'],
    ['abcdefghijkl\u{10FFFF}xyz', 14, 'abcdefghijkl…'],
    ['abcdefghijk\u00e9xyz', 13, 'abcdefghijk\u00e9…'],
    ['one two three four five', 12, 'one two…'],
    ['one twothreefourfive', 12, 'one twothre…'],
  ])('%j at %i → %j', (text, max, expected) => {
    expect(truncateMrkdwn(text, max)).toBe(expected);
  });
});
