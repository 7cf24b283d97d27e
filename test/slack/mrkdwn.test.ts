import { describe, expect, it } from 'vitest';
import {
  blockquote,
  escapeMrkdwn,
  markdownToMrkdwn,
  mrkdwnLink,
  plainFallback,
  plainFromSlack,
  splitMrkdwn,
  truncateMrkdwn,
  unescapeMrkdwn,
} from '../../src/slack/mrkdwn.js';

describe('escapeMrkdwn', () => {
  it('escapes &, < and > so broadcasts and mentions never notify', () => {
    const text = 'Tom & Jerry <!channel> <!here> <!everyone> <@U123> <#C1> <https://x|y> a > b';
    const escaped = escapeMrkdwn(text);
    expect(escaped).not.toMatch(/[<>]/);
    expect(escaped).toBe(
      'Tom &amp; Jerry &lt;!channel&gt; &lt;!here&gt; &lt;!everyone&gt; &lt;@U123&gt; &lt;#C1&gt; &lt;https://x|y&gt; a &gt; b',
    );
    expect(unescapeMrkdwn(escaped)).toBe(text);
  });

  it('escapes an already escaped entity again, showing it as written', () => {
    expect(escapeMrkdwn('&amp;')).toBe('&amp;amp;');
  });
});

describe('plainFromSlack', () => {
  it('turns Slack tokens and entities into plain text for the pipeline', () => {
    expect(
      plainFromSlack(
        '<!channel> who met <@U123|howard> in <#C1|general>? R&amp;D &lt;3 <https://x.test|site> <https://y.test> <!here> <@U9>',
      ),
    ).toBe('  who met @howard in #general? R&D <3 site https://y.test    ');
    expect(plainFromSlack('<!subteam^S1|@team> hi')).toBe('@team hi');
  });
});

describe('mrkdwnLink', () => {
  it('links http(s) URLs with an escaped label', () => {
    expect(mrkdwnLink('https://example.com/a?x=1&y=2', 'A <b> | c')).toBe('<https://example.com/a?x=1&amp;y=2|A &lt;b&gt; ¦ c>');
  });
  it('percent-encodes characters that would end the link early', () => {
    expect(mrkdwnLink('https://example.com/a|b>c', 'x')).toBe('<https://example.com/a%7Cb%3Ec|x>');
  });
  it('shows only the label for other schemes or no URL', () => {
    expect(mrkdwnLink('javascript:alert(1)', 'x')).toBe('x');
    expect(mrkdwnLink(null, 'x & y')).toBe('x &amp; y');
  });
});

describe('markdownToMrkdwn', () => {
  it('converts bold, italics, strikethrough, headings, links and bullets', () => {
    const md = '# Title\n**bold** and *italic* and ~~gone~~\n- one\n* two\nSee [the article](https://example.com/x).';
    expect(markdownToMrkdwn(md)).toBe('*Title*\n*bold* and _italic_ and ~gone~\n• one\n• two\nSee <https://example.com/x|the article>.');
  });
  it('leaves code alone and escapes everything', () => {
    expect(markdownToMrkdwn('`**x** <y>` and **<!here>**')).toBe('`**x** &lt;y&gt;` and *&lt;!here&gt;*');
  });
});

describe('blockquote', () => {
  it('quotes every line', () => {
    expect(blockquote('a\n\nb')).toBe('> a\n>\n> b');
  });
});

describe('splitMrkdwn', () => {
  it('returns short text unchanged', () => {
    expect(splitMrkdwn('hello', 3000)).toEqual(['hello']);
  });

  it('splits long text into pieces within the limit, preferring paragraph breaks', () => {
    const para = 'word '.repeat(100).trim();
    const text = Array.from({ length: 30 }, () => para).join('\n\n');
    const pieces = splitMrkdwn(text, 3000);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(3000);
      expect(p.startsWith('word')).toBe(true);
      expect(p.endsWith('word')).toBe(true);
    }
    expect(pieces.join(' ').replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));
  });

  it('never cuts an entity, a link or a surrogate pair', () => {
    const unit = 'ab &amp; <https://example.com/x|link> 😀 ';
    const text = unit.repeat(400);
    for (const max of [50, 97, 101, 3000]) {
      for (const p of splitMrkdwn(text, max)) {
        expect(p.length).toBeLessThanOrEqual(max);
        expect(p).not.toMatch(/&[a-z]{0,3}$/);
        expect(p).not.toMatch(/^[a-z]{0,3};/);
        expect((p.match(/</g) ?? []).length).toBe((p.match(/>/g) ?? []).length);
        expect(p).not.toMatch(/[\ud800-\udbff]$/);
        expect(p).not.toMatch(/^[\udc00-\udfff]/);
      }
    }
  });

  it('hard-cuts a text without spaces and keeps a block quote quoted', () => {
    const pieces = splitMrkdwn(`> ${'x'.repeat(7000)}`, 3000);
    expect(pieces.length).toBe(3);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(3000);
      expect(p.startsWith('>')).toBe(true);
    }
  });
});

describe('truncateMrkdwn and plainFallback', () => {
  it('truncates at a word with an ellipsis', () => {
    const t = truncateMrkdwn('one two three four five', 12);
    expect(t.length).toBeLessThanOrEqual(12);
    expect(t.endsWith('…')).toBe(true);
  });
  it('turns links into text and strips markers', () => {
    expect(plainFallback('*Q:* <https://x.test|the article> _here_\n> quoted')).toBe('Q: the article (https://x.test) here\nquoted');
  });
});
