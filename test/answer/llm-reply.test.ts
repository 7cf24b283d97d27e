import { describe, expect, it } from 'vitest';
import { jsonAnswerPrefix, parseReply, passageNumber, ReplyTextStream } from '../../src/answer/llm-reply.js';
import { sanitizeLinks, verificationNote } from '../../src/answer/llm-verify.js';
import { LlmError } from '../../src/errors.js';

describe('reading model replies', () => {
  it('accepts every way models name a passage', () => {
    for (const v of ['P1', 'p1', '[P1]', 'Passage 1', ' 1 ', 1, '1']) expect(passageNumber(v)).toBe(1);
    for (const v of ['P', 'one', -1, 0, 1.5, null, {}]) expect(passageNumber(v)).toBeNull();
  });

  it('reads JSON bare, fenced, after prose, with aliases and a stringly abstain', () => {
    const body = { answer: 'A [1].', abstain: 'false', citations: [{ id: '1', passage_id: 2, text: '“Quoted words here.”' }] };
    for (const content of [
      JSON.stringify(body),
      `\`\`\`json\n${JSON.stringify(body)}\n\`\`\``,
      `Here you go: ${JSON.stringify(body)} Hope it helps.`,
    ]) {
      expect(parseReply(content)).toEqual({
        answer: 'A [1].',
        abstain: false,
        citations: [{ n: 1, passage: 2, quote: 'Quoted words here.' }],
        shape: 'json',
      });
    }
  });

  it('reads prose with markers and a quotes list in the usual variants', () => {
    const r = parseReply(
      'Trump says it was signed [1]. Lutnick differs [2].\n\nQuotes:\n[1] P3: "signed on June 25"\n2. [P1] “two days prior”\n',
    );
    expect(r).toEqual({
      answer: 'Trump says it was signed [1]. Lutnick differs [2].',
      abstain: false,
      citations: [
        { n: 1, passage: 3, quote: 'signed on June 25' },
        { n: 2, passage: 1, quote: 'two days prior' },
      ],
      shape: 'text',
    });
    expect(parseReply('ABSTAIN: the articles do not say.').abstain).toBe(true);
  });

  it('rejects JSON of the wrong shape and broken JSON, never prose', () => {
    expect(() => parseReply('{"reply": "x"}')).toThrow(LlmError);
    expect(() => parseReply('{"answer": "x", "citations": [')).toThrow(/not valid JSON/);
    expect(() => parseReply('   ')).toThrow(/empty reply/);
    expect(parseReply('Just prose.').citations).toEqual([]);
  });
});

describe('streaming the readable text', () => {
  const run = (pieces: string[]) => {
    const s = new ReplyTextStream();
    const out = pieces.map((p) => s.push(p));
    out.push(s.finish());
    return out;
  };

  it('decodes the answer string of a JSON reply as it arrives, escapes included', () => {
    const json = JSON.stringify({ answer: 'Line “one” [1]\nand \\ two [2].', abstain: false, citations: [] });
    const pieces = json.match(/[\s\S]{1,3}/g) as string[];
    const out = run(pieces);
    expect(out.join('')).toBe('Line “one” [1]\nand \\ two [2].');
    for (const d of out) expect(d).not.toMatch(/\[\d*$/);
    expect(jsonAnswerPrefix('{"answer": "ab\\u00e9c\\')).toBe('abéc');
  });

  it('streams prose up to the quotes list, holding back a line that may be its heading', () => {
    const out = run(['It was signed [', '1]. Done.\nQUO', 'TES:\n[1] P1: "x y z"']);
    expect(out.join('')).toBe('It was signed [1]. Done.');
    expect(out[0]).toBe('It was signed ');
  });
});

describe('links and the footer', () => {
  it('keeps only the articles’ own URLs', () => {
    const allowed = new Set(['https://news.example/a']);
    expect(sanitizeLinks('See [A](https://news.example/a) and [B](https://evil.example/b), https://evil.example/c.', allowed)).toBe(
      'See [A](https://news.example/a) and B, [link removed]',
    );
  });

  it('says what was verified', () => {
    expect(
      verificationNote({
        mode: 'llm',
        abstained: false,
        citations: [1, 2],
        verification: { model: 'm', quotes: 2, rejectedQuotes: 1, removedStatements: 1 },
      }),
    ).toBe(
      'written by a language model (m); 2 quotes verified verbatim in the articles; 1 quote not found in them dropped; 1 statement without a verified quote removed',
    );
    expect(verificationNote({ mode: 'offline', abstained: false, citations: [] })).toMatch(/^offline answer/);
  });
});
