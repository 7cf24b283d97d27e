import { describe, expect, it } from 'vitest';
import type { Citation } from '../../src/answer/types.js';
import {
  ACTION_IDS,
  answerMessage,
  conflictsMessage,
  decodeButtonValue,
  encodeButtonValue,
  helpMessage,
  type KnownBlock,
  messageProblems,
  minimalAnswerMessage,
  SLACK_LIMITS,
  type SlackMessage,
  sourceDirectory,
  sourcesMessage,
  timelineMessage,
} from '../../src/slack/blocks.js';
import { SAMPLE_SOURCES, sampleAnswer, sampleDisagreement } from '../helpers/slack-fakes.js';

const dir = sourceDirectory(SAMPLE_SOURCES);

/** All mrkdwn/plain text of a message, blocks and fallback. */
function allText(m: SlackMessage): string {
  const parts = [m.text];
  const walk = (b: KnownBlock) => {
    if (b.type === 'section' && b.text) parts.push(b.text.text);
    if (b.type === 'header') parts.push(b.text.text);
    if (b.type === 'context') for (const e of b.elements) if ('text' in e) parts.push(e.text);
  };
  m.blocks.forEach(walk);
  return parts.join('\n');
}

function expectValid(m: SlackMessage): void {
  expect(messageProblems(m)).toEqual([]);
  expect(m.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
}

function actions(m: SlackMessage) {
  const block = m.blocks.find((b) => b.type === 'actions');
  return block && block.type === 'actions' ? block.elements : [];
}

describe('answerMessage', () => {
  it('shows the answer, each quote as a block quote with outlet, date and link, then sources and buttons', () => {
    const m = answerMessage(sampleAnswer(), { answerId: 'a1', sources: dir, shareable: true, showQuestion: true });
    expectValid(m);
    const text = allText(m);
    expect(text).toContain('*Q:* Who signed the deal?');
    expect(text).toContain(
      '> “Trump said the deal was signed.”\n— *Global Economic Times*, 28 June 2025 · <https://example.com/a?x=1&amp;y=2|“US &amp; China &lt;agree&gt;”>',
    );
    const context = m.blocks.filter((b) => b.type === 'context').at(-1);
    expect(JSON.stringify(context)).toContain('Sources:');
    expect(actions(m).map((e) => (e as { action_id: string }).action_id)).toEqual([
      ACTION_IDS.share,
      ACTION_IDS.feedbackUp,
      ACTION_IDS.feedbackDown,
    ]);
    expect(decodeButtonValue((actions(m)[0] as { value: string }).value)).toEqual({ id: 'a1', q: 'Who signed the deal?' });
    expect(m.text).toContain('Trump said the deal was signed.');
  });

  it('has no share button unless the answer is ephemeral, and names who shared it', () => {
    const m = answerMessage(sampleAnswer(), { answerId: 'a1', sources: dir, sharedBy: 'U0SHARER' });
    expect(actions(m).map((e) => (e as { action_id: string }).action_id)).toEqual([ACTION_IDS.feedbackUp, ACTION_IDS.feedbackDown]);
    expect(allText(m)).toContain('*<@U0SHARER> asked:* Who signed the deal?');
  });

  it('never lets a question or an article ping anyone', () => {
    const evil = '<!channel> <!here> <!everyone> <@U0VICTIM> <!subteam^S1> & co';
    const a = sampleAnswer({
      question: evil,
      answer: `Answer ${evil}`,
      notices: [`note ${evil}`],
      citations: [{ ...(sampleAnswer().citations[0] as Citation), quote: `quote ${evil}`, outlet: `Outlet ${evil}` }],
      disagreements: [{ ...sampleDisagreement(), topic: evil, explanation: evil }],
    });
    for (const mode of ['offline', 'llm'] as const) {
      const m = answerMessage({ ...a, mode }, { answerId: 'x', sources: dir, showQuestion: true, shareable: true });
      const text = allText(m);
      expect(text).not.toMatch(/<[!@#]/);
      expect(text).toContain('&lt;!channel&gt;');
    }
  });

  it('shows disagreements with each position, its sources, speaker and verbatim quote', () => {
    const m = answerMessage(sampleAnswer({ disagreements: [sampleDisagreement()] }), { answerId: 'a', sources: dir });
    expectValid(m);
    expect(m.blocks.some((b) => b.type === 'header' && b.text.text === '⚠️ Sources disagree')).toBe(true);
    const text = allText(m);
    expect(text).toContain('• *24 June 2025* — Global Economic Times (Howard Lutnick)\n> “signed on the 24th”');
    expect(text).toContain('• *25 June 2025* — “Rare earths” (AI-generated page)\n> “signed on June 25”');
    expect(m.text).toContain('⚠️ Sources disagree: signing date 0');
  });

  it('stays within 50 blocks with 60 disagreements and 40 quotes, saying what was left out', () => {
    const citation = sampleAnswer().citations[0] as Citation;
    const a = sampleAnswer({
      citations: Array.from({ length: 40 }, (_, i) => ({ ...citation, quote: `${'long quote '.repeat(60)}${i}` })),
      disagreements: Array.from({ length: 60 }, (_, i) => sampleDisagreement(i)),
    });
    const m = answerMessage(a, { answerId: 'a', sources: dir, shareable: true });
    expectValid(m);
    expect(allText(m)).toMatch(/Not shown to fit in Slack: \d+ more quotes and \d+ more disagreements/);
    expect(m.blocks.at(-1)?.type).toBe('actions');
    expect(allText(m)).toContain('signing date 0');
  });

  it('splits a 10,000-character answer into valid sections', () => {
    const long = Array.from({ length: 200 }, (_, i) => `Sentence number ${i} about rare earths & export controls.`).join(' ');
    expect(long.length).toBeGreaterThan(10_000);
    const m = answerMessage(sampleAnswer({ answer: long }), { answerId: 'a', sources: dir });
    expectValid(m);
    const sections = m.blocks.filter((b) => b.type === 'section');
    expect(sections.length).toBeGreaterThanOrEqual(4);
    expect(allText(m)).toContain('answer shortened to fit in Slack');
    expect(m.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
  });

  it('splits one enormous quote and one enormous word without breaking limits', () => {
    const citation = sampleAnswer().citations[0] as Citation;
    const a = sampleAnswer({ answer: 'x'.repeat(20_000), citations: [{ ...citation, quote: 'y'.repeat(8000) }] });
    expectValid(answerMessage(a, { answerId: 'a', sources: dir }));
  });

  it('keeps the context block within 10 elements for many sources', () => {
    const citation = sampleAnswer().citations[0] as Citation;
    const a = sampleAnswer({
      citations: Array.from({ length: 20 }, (_, i) => ({ ...citation, source: `s${i}.txt`, outlet: `Outlet ${i}` })),
    });
    const m = answerMessage(a, { answerId: 'a', sources: dir });
    expectValid(m);
    expect(allText(m)).toContain('+13 more');
  });

  it('converts a language model answer from Markdown', () => {
    const m = answerMessage(sampleAnswer({ mode: 'llm', answer: '**Trump** signed it.' }), { answerId: 'a', sources: dir });
    expect(allText(m)).toContain('*Trump* signed it.');
    expect(allText(m)).toContain('written by a language model');
  });

  it('has a minimal form for when Slack refuses the full message', () => {
    const m = minimalAnswerMessage(sampleAnswer({ answer: 'z '.repeat(5000) }));
    expectValid(m);
    expect(m.blocks.length).toBeLessThanOrEqual(2);
  });
});

describe('button values', () => {
  it('fit in 2000 characters even for a long question', () => {
    const v = encodeButtonValue({ id: 'abc', q: '"é" '.repeat(2000) });
    expect(v.length).toBeLessThanOrEqual(2000);
    expect(decodeButtonValue(v)?.id).toBe('abc');
    expect(decodeButtonValue('not json')).toBeNull();
    expect(decodeButtonValue('{"id":1}')).toBeNull();
  });
});

describe('listings', () => {
  it('help shows usage and example questions', () => {
    const m = helpMessage(5);
    expectValid(m);
    expect(allText(m)).toContain('/deal sources');
    expect(allText(m)).toContain('Who signed the deal and when?');
    expect(allText(m)).toContain('5 news articles');
  });

  it('sources lists outlet, date and title', () => {
    const m = sourcesMessage(SAMPLE_SOURCES);
    expectValid(m);
    const text = allText(m);
    expect(text).toContain('*1. Global Economic Times* — 28 June 2025\n<https://example.com/a?x=1&amp;y=2|“US &amp; China &lt;agree&gt;”>');
    expect(text).toContain('*2. Outlet unknown* — 27 June 2025\n“Rare earths”');
    expect(text).toContain('_AI-generated page_');
  });

  it('empty conflicts and timeline are said politely', () => {
    expect(allText(conflictsMessage([], dir))).toContain('No disagreements found');
    expect(allText(timelineMessage([], dir))).toContain('No dated events found');
  });

  it('many conflicts and timeline entries stay within limits', () => {
    const c = conflictsMessage(
      Array.from({ length: 200 }, (_, i) => sampleDisagreement(i)),
      dir,
    );
    expectValid(c);
    expect(allText(c)).toMatch(/\d+ more disagreements not shown/);
    const t = timelineMessage(
      Array.from({ length: 300 }, (_, i) => ({
        date: '2025-06-25',
        display: `25 June 2025 (${i})`,
        event: 'Deal signed <!here>',
        sources: ['000_a.txt'],
        quotes: [{ source: '000_a.txt', quote: 'signed on June 25', start: 0, end: 17, asWritten: 'yesterday' }],
        disputed: i % 2 === 0,
        disagreement: 'signing date',
      })),
      dir,
    );
    expectValid(t);
    expect(allText(t)).not.toContain('<!here>');
    expect(allText(t)).toContain('⚠️ _disputed (signing date)_');
  });
});
