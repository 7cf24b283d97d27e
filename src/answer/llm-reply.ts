/**
 * Reading a language model's reply: lenient where leniency is harmless (how a passage is named, code fences,
 * prose instead of JSON), strict where it matters (what counts as a quote is decided later, by verification).
 * Also the incremental reader that turns a streamed reply into the text a person may see while it is written.
 */
import { z } from 'zod';
import { LlmError } from '../errors.js';

/** How the model is asked to format its reply, best first. */
export type ReplyFormat = 'json_schema' | 'json_object' | 'text';

/** The reply asked for with `json_schema` (strict: every field required, nothing else allowed). */
export const StrictReplySchema = z
  .object({
    answer: z.string().describe('The answer for the reader, with inline citation markers like [1] after each statement.'),
    abstain: z.boolean().describe('True when the passages do not answer the question.'),
    citations: z
      .array(
        z
          .object({
            n: z.number().int().describe('The marker number used in the answer, [n].'),
            passage: z.string().describe('The passage id, e.g. "P3".'),
            quote: z.string().describe('Exact text copied from that passage.'),
          })
          .strict(),
      )
      .describe('One entry per marker.'),
  })
  .strict();

/** One citation as the model gave it, with the passage resolved to its number (1 for P1), or null. */
export interface ModelCitation {
  n: number;
  passage: number | null;
  quote: string;
}

export interface ParsedReply {
  answer: string;
  abstain: boolean;
  citations: ModelCitation[];
  /** `json` when the reply held a JSON object, `text` when it was prose with inline markers. */
  shape: 'json' | 'text';
}

/** "P1", "p1", "[P1]", "Passage 1", 1 and "1" all name passage 1. */
export function passageNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? value : null;
  if (typeof value !== 'string') return null;
  const m = /^\s*\[?\s*(?:p(?:assage)?\s*#?\s*)?(\d{1,3})\s*\]?\s*$/i.exec(value);
  return m ? Number(m[1]) : null;
}

/** Trims what models wrap quotes in: surrounding quote marks, ellipses, whitespace. */
export function cleanQuote(quote: string): string {
  return quote
    .trim()
    .replace(/^(?:\.\.\.|…)\s*|\s*(?:\.\.\.|…)$/g, '')
    .replace(/^["“”'‘’]+|["“”'‘’]+$/g, '')
    .trim();
}

const CitationIn = z.preprocess(
  (v) => {
    if (!v || typeof v !== 'object') return v;
    const o = v as Record<string, unknown>;
    return {
      n: o.n ?? o.id ?? o.marker ?? o.number ?? o.ref,
      passage: o.passage ?? o.passage_id ?? o.passageId ?? o.source ?? o.p,
      quote: o.quote ?? o.text ?? o.excerpt,
    };
  },
  z.object({
    n: z.union([z.number(), z.string()]).optional(),
    passage: z.union([z.number(), z.string()]).optional(),
    quote: z.string(),
  }),
);

const LenientReplySchema = z.object({
  answer: z.string().trim().min(1).max(8000),
  abstain: z
    .union([z.boolean(), z.enum(['true', 'false']).transform((s) => s === 'true')])
    .nullish()
    .transform((v) => v ?? false),
  citations: z.array(CitationIn).max(40).nullish(),
  quotes: z.array(CitationIn).max(40).nullish(),
});

/** The JSON object inside a reply: bare, in a ```json fence, or after a line of prose. Null when there is none. */
export function extractJson(text: string): unknown | null {
  const fenced = /```(?:json)?\s*\n?([\s\S]*?)```/i.exec(text);
  const body = fenced?.[1]?.includes('{') ? fenced[1] : text;
  const start = body.indexOf('{');
  const end = body.lastIndexOf('}');
  if (start < 0 || end <= start) return null;
  try {
    return JSON.parse(body.slice(start, end + 1));
  } catch {
    return null;
  }
}

/** Heading that ends the prose part of a text-format reply. */
const QUOTES_HEADING = /^[ \t]*(?:#+\s*|\*\*)?(?:quotes|sources|citations|references)\s*:?\s*(?:\*\*)?[ \t]*$/im;
/** `[1] P3: "quote"` (and looser variants: `1. [P3] “quote”`, `[1] (P3) - quote`). */
const QUOTE_LINE = /^[ \t]*[-*•]?[ \t]*\[?(\d{1,3})[\].):]?[ \t]*[-–—:]?[ \t]*\[?\(?(P?\s*\d{1,3})\)?\]?[ \t]*[-–—:,]?[ \t]*(.+?)[ \t]*$/i;

/** Parses a prose reply: the text before a "QUOTES:" heading, then one `[n] Pk: "quote"` line per marker. */
function parseText(text: string): ParsedReply {
  const heading = QUOTES_HEADING.exec(text);
  const prose = (heading ? text.slice(0, heading.index) : text).trim();
  const citations: ModelCitation[] = [];
  if (heading) {
    for (const line of text.slice(heading.index + heading[0].length).split('\n')) {
      const m = QUOTE_LINE.exec(line);
      if (!m) continue;
      const quote = cleanQuote(m[3] as string);
      if (quote) citations.push({ n: Number(m[1]), passage: passageNumber(m[2]), quote });
    }
  }
  if (!prose) throw new LlmError('The language model returned an empty reply.');
  const abstain = /^\s*(?:ABSTAIN\b|the (?:articles|passages) (?:do not|don't) say\b)/i.test(prose) && citations.length === 0;
  return { answer: prose.replace(/^\s*ABSTAIN:?\s*/i, ''), abstain, citations, shape: 'text' };
}

/**
 * Reads a reply in any of the formats: a JSON object (bare, fenced, or after prose), or prose with inline
 * markers and a quotes list. A JSON object of the wrong shape is an error; prose is never one.
 */
export function parseReply(content: string): ParsedReply {
  if (!content.trim()) throw new LlmError('The language model returned an empty reply.');
  const json = extractJson(content);
  if (json === null) {
    // Broken JSON is not prose: a reply that starts like an object and cannot be read is unusable.
    if (/^\s*(?:```(?:json)?\s*)?\{/i.test(content)) throw new LlmError('The language model reply was not valid JSON.');
    return parseText(content);
  }
  const parsed = LenientReplySchema.safeParse(json);
  if (!parsed.success) throw new LlmError('The language model reply was not in the expected format.', parsed.error);
  const raw = [...(parsed.data.citations ?? []), ...(parsed.data.quotes ?? [])];
  const citations: ModelCitation[] = [];
  raw.forEach((c, i) => {
    const quote = cleanQuote(c.quote);
    if (!quote) return;
    const n = typeof c.n === 'number' ? c.n : Number(/\d+/.exec(String(c.n ?? ''))?.[0] ?? i + 1);
    citations.push({ n: Number.isFinite(n) && n > 0 ? n : i + 1, passage: passageNumber(c.passage), quote });
  });
  return { answer: parsed.data.answer, abstain: parsed.data.abstain, citations, shape: 'json' };
}

/** Inline citation markers: `[1]`, `[1, 2]`, `[1][2]` (each bracket is one match). */
export const MARKER_RE = /\s?\[(\d{1,3}(?:\s*,\s*\d{1,3})*)\]/g;

/**
 * Streams the readable part of a reply as it arrives: the `answer` string of a JSON reply (decoded as far
 * as it is complete), or the prose before the quotes list. A citation marker split across chunks (`[1` then
 * `2]`) is held back until it is whole, so a reader never sees half a marker.
 */
export class ReplyTextStream {
  private content = '';
  private shown = '';

  /** Adds a chunk of the reply; returns the newly readable text ('' when nothing new). */
  push(delta: string): string {
    this.content += delta;
    return this.emit(this.readable(false));
  }

  /** The rest, once the reply is complete. */
  finish(): string {
    return this.emit(this.readable(true));
  }

  /** Everything shown so far. */
  get text(): string {
    return this.shown;
  }

  private emit(readable: string): string {
    // Whitespace at either end waits: it is shown only once text follows it.
    let ready = readable.trim();
    const partial = /\[[\d,\s]*$/.exec(ready);
    if (partial) ready = ready.slice(0, partial.index);
    if (!ready.startsWith(this.shown) || ready.length <= this.shown.length) return '';
    const delta = ready.slice(this.shown.length);
    this.shown = ready;
    return delta;
  }

  private readable(done: boolean): string {
    const c = this.content;
    const lead = c.trimStart();
    if (lead.startsWith('{') || lead.startsWith('```') || /^[^\n]{0,80}\n*```json/i.test(lead)) return jsonAnswerPrefix(c);
    // Prose: everything before the quotes heading; an unfinished last line may be the heading itself.
    const heading = QUOTES_HEADING.exec(c);
    if (heading) return c.slice(0, heading.index).trimEnd();
    if (done) return c.trimEnd();
    const lastNl = c.lastIndexOf('\n');
    const tail = c.slice(lastNl + 1);
    if (/^[ \t]*(?:#+\s*|\*\*)?[a-z]{0,10}$/i.test(tail)) return c.slice(0, lastNl + 1);
    return c;
  }
}

/** The decoded prefix of the `"answer"` string of a (possibly incomplete) JSON text. */
export function jsonAnswerPrefix(text: string): string {
  const m = /"answer"\s*:\s*"/.exec(text);
  if (!m) return '';
  let out = '';
  for (let i = m.index + m[0].length; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '"') break;
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const next = text[i + 1];
    if (next === undefined) break;
    if (next === 'u') {
      const hex = text.slice(i + 2, i + 6);
      if (!/^[0-9a-f]{4}$/i.test(hex)) break;
      out += String.fromCharCode(Number.parseInt(hex, 16));
      i += 5;
      continue;
    }
    out += ({ n: '\n', t: '\t', r: '', b: '', f: '' } as Record<string, string>)[next] ?? next;
    i++;
  }
  return out;
}
