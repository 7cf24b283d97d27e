import { describe, expect, it } from 'vitest';
import type { SourceInfo, TimelineEntry } from '../../src/answer/types.js';
import { renderAnswer, renderConflicts, renderSources, renderTimeline, stripControls } from '../../src/cli/render.js';
import { sampleAnswer, sampleDisagreement } from '../helpers/slack-fakes.js';

/** A hyperlink (OSC 8), a clipboard write (OSC 52), hidden text (SGR 8) and a cursor move, as an article could carry. */
const HOSTILE = '\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007 \u001b]52;c;ZXZpbA==\u0007\u001b[8mhidden\u001b[0m\u009b2J\r';
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('terminal rendering of untrusted text', () => {
  it('strips control characters but keeps newlines, tabs and ordinary text', () => {
    expect(stripControls(`a${HOSTILE}\nb\tc “d” – é`)).toBe(
      'a]8;;https://evil.exampleclick]8;; ]52;c;ZXZpbA==[8mhidden[0m2J\nb\tc “d” – é',
    );
  });

  it('renderAnswer prints no control character from the answer, quotes, titles or outlets', () => {
    const base = sampleAnswer();
    const a = sampleAnswer({
      question: `Q${HOSTILE}`,
      answer: `A${HOSTILE}`,
      citations: base.citations.map((c) => ({ ...c, title: `T${HOSTILE}`, outlet: `O${HOSTILE}`, url: `https://x${HOSTILE}` })),
      disagreements: [{ ...sampleDisagreement(), topic: `topic${HOSTILE}` }],
      notices: [`N${HOSTILE}`],
    });
    const out = renderAnswer(a);
    expect(out).not.toMatch(CONTROL);
    expect(out).toContain('Q: Q]8;;https://evil.exampleclick');
    expect(out).toContain('O]8;;');
  });

  it('the listings (--sources, --conflicts, --timeline) print none either', () => {
    const source: SourceInfo = {
      source: `f${HOSTILE}.txt`,
      title: `T${HOSTILE}`,
      outlet: `O${HOSTILE}`,
      author: `W${HOSTILE}`,
      published: '2025-06-27',
      url: null,
      aiGenerated: false,
      sentences: 3,
    };
    const entry: TimelineEntry = {
      date: '2025-06-25',
      display: '25 June 2025',
      event: `E${HOSTILE}`,
      sources: ['a.txt'],
      quotes: [{ source: 'a.txt', quote: `q${HOSTILE}`, start: 0, end: 1, asWritten: `w${HOSTILE}` } as TimelineEntry['quotes'][number]],
      disputed: true,
      disagreement: `d${HOSTILE}`,
    };
    for (const out of [
      renderSources([source]),
      renderConflicts([{ ...sampleDisagreement(), explanation: `x${HOSTILE}` }]),
      renderTimeline([entry]),
    ]) {
      expect(out).not.toMatch(CONTROL);
      expect(out).toContain('8;;https://evil.example');
    }
  });

  it('colours only what dealbot styles itself', () => {
    const out = renderAnswer(sampleAnswer({ answer: `A${HOSTILE}` }), {
      bold: (s) => `\u001b[1m${s}\u001b[22m`,
      dim: (s) => s,
      warn: (s) => s,
      quote: (s) => s,
    });
    expect(out.startsWith('\u001b[1mQ: ')).toBe(true);
    expect(out.match(/\u001b/g)?.length).toBe(4);
  });
});
