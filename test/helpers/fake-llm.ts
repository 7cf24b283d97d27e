/**
 * What the fake OpenAI-compatible servers answer: readers of the prompt dealbot sends (its passages, as the
 * model saw them) and replies in each shape real servers produce, plus server "personalities" (OpenAI,
 * LM Studio, Ollama, a gateway that ignores response_format, a rate limiter, a hang).
 */
import { type FakeReply, messagesOf, type RecordedRequest } from './fake-openai.js';

/** A fake server's behaviour: a reply for each chat request. */
export type ServerFn = (req: RecordedRequest) => FakeReply;

export interface SentPassage {
  /** 1 for P1. */
  n: number;
  file: string;
  text: string;
}

export function userMessage(req: RecordedRequest): string {
  return messagesOf(req).find((m) => m.role === 'user')?.content ?? '';
}

export function systemMessage(req: RecordedRequest): string {
  return messagesOf(req).find((m) => m.role === 'system')?.content ?? '';
}

/** The passages of a chat request's user message, as the model saw them. */
export function passagesSent(req: RecordedRequest): SentPassage[] {
  const out: SentPassage[] = [];
  const re = /<passage id="P(\d+)"[^>]*? file="([^"]+)"[^>]*>\n([\s\S]*?)\n<\/passage>/g;
  for (const m of userMessage(req).matchAll(re)) out.push({ n: Number(m[1]), file: m[2] as string, text: m[3] as string });
  return out;
}

/** The first whole sentence of a passage (at least 40 characters). */
export function firstSentence(text: string): string {
  const s = text.split(/(?<=[.!?]["”]?)\s+/).find((x) => x.length >= 40 && !x.includes('[text addressed'));
  if (!s) throw new Error(`no sentence in passage: ${text}`);
  return s;
}

/** The first passage that has a usable sentence, and that sentence. */
export function quotable(req: RecordedRequest, skip = 0): { passage: SentPassage; quote: string } {
  const found = passagesSent(req)
    .map((passage) => {
      try {
        return { passage, quote: firstSentence(passage.text) };
      } catch {
        return null;
      }
    })
    .filter((x): x is { passage: SentPassage; quote: string } => x !== null);
  const pick = found[skip] ?? found[0];
  if (!pick) throw new Error('no quotable passage was sent');
  return pick;
}

/** A good answer as a value: two statements with markers, two quotes from two passages. */
export function goodAnswer(req: RecordedRequest, passageId: (n: number) => unknown = (n) => `P${n}`) {
  const a = quotable(req, 0);
  const b = quotable(req, 1);
  return {
    answer: 'The first outlet reports what happened [1]. Another article adds detail [2].',
    abstain: false,
    citations: [
      { n: 1, passage: passageId(a.passage.n), quote: a.quote },
      { n: 2, passage: passageId(b.passage.n), quote: b.quote },
    ],
  };
}

/** The same answer as prose with a quotes list (what a model asked for text writes). */
export function proseAnswer(req: RecordedRequest): string {
  const v = goodAnswer(req);
  return `${v.answer}\n\nQUOTES:\n${v.citations.map((c) => `[${c.n}] ${c.passage}: "${c.quote}"`).join('\n')}\n`;
}

const formatOf = (req: RecordedRequest) => (req.body.response_format as { type?: string } | undefined)?.type ?? 'text';

/** OpenAI: strict json_schema honoured. */
export const openAiServer: ServerFn = (req) => {
  const rf = req.body.response_format as { type?: string; json_schema?: { strict?: boolean } } | undefined;
  if (rf?.type === 'json_schema' && rf.json_schema?.strict !== true) return { status: 400 };
  return { content: JSON.stringify(goodAnswer(req)) };
};

/** LM Studio: `json_object` refused with a 400; `json_schema` and text accepted. */
export const lmStudioServer: ServerFn = (req) => {
  if (formatOf(req) === 'json_object') return { status: 400, body: { error: "'response_format.type' must be 'json_schema' or 'text'" } };
  return formatOf(req) === 'json_schema' ? { content: JSON.stringify(goodAnswer(req)) } : { content: proseAnswer(req) };
};

/** A server that knows neither structured format (an older vLLM or gateway): only prose. */
export const textOnlyServer: ServerFn = (req) => {
  const f = formatOf(req);
  if (f !== 'text')
    return {
      status: 400,
      body: { error: { message: `response_format type ${f} is not supported`, type: 'invalid_request_error', param: 'response_format' } },
    };
  return { content: proseAnswer(req) };
};

/** A server that refuses json_schema but takes json_object (answers only when the prompt asks for JSON). */
export const jsonObjectServer: ServerFn = (req) => {
  const f = formatOf(req);
  if (f === 'json_schema') return { status: 400, body: { error: { message: 'json_schema response format is not supported' } } };
  return { content: JSON.stringify(goodAnswer(req)) };
};

/**
 * Ollama: json_schema mapped to `format` (answers in JSON); json_object without the word JSON in the
 * prompt emits whitespace forever.
 */
export const ollamaServer: ServerFn = (req) => {
  const f = formatOf(req);
  const asksJson = messagesOf(req).some((m) => /json/i.test(m.content));
  if (f === 'json_object' && !asksJson) return { trickle: '\n' };
  if (f === 'text') return { content: proseAnswer(req) };
  return { content: JSON.stringify(goodAnswer(req)) };
};

/** A gateway that ignores response_format and answers in prose with markers. */
export const proseGateway: ServerFn = (req) => ({ content: proseAnswer(req) });

/** A gateway that ignores response_format and wraps the JSON in a ```json fence after a line of prose. */
export const fencedGateway: ServerFn = (req) => ({
  content: `Sure! Here is the answer:\n\`\`\`json\n${JSON.stringify(goodAnswer(req), null, 2)}\n\`\`\`\nLet me know if you need more.`,
});

/** Passage ids given as numbers (`"passage": 1`), as many real models do. */
export const numericIdServer: ServerFn = (req) => ({ content: JSON.stringify(goodAnswer(req, (n) => n)) });

/** Streams the answer in chunks split inside the markers (`[` | `1` | `]`). */
export const splitMarkerServer: ServerFn = (req): FakeReply => {
  const content = JSON.stringify(goodAnswer(req));
  const chunks: string[] = [];
  let rest = content;
  while (rest.length) {
    const at = rest.search(/\[\d|\d\]/);
    if (at < 0) {
      chunks.push(rest);
      break;
    }
    chunks.push(rest.slice(0, at + 1));
    rest = rest.slice(at + 1);
  }
  return { content, chunks };
};
