/**
 * Block Kit rendering of answers and listings, within Slack's limits: at most 50 blocks, section text of at
 * most 3000 characters, context blocks of at most 10 elements, and a plain `text` fallback. Everything that
 * comes from a user, an article or a model is escaped, so nothing echoed back can notify anyone.
 */
import type { types } from '@slack/bolt';
import { verificationNote } from '../answer/llm-verify.js';
import { humanDate } from '../answer/sources.js';
import type { Answer, Citation, Disagreement, SourceInfo, TimelineEntry } from '../answer/types.js';
import {
  blockquote,
  escapeMrkdwn,
  foldWhitespace,
  markdownToMrkdwn,
  mrkdwnLink,
  plainFallback,
  splitMrkdwn,
  truncateMrkdwn,
  unescapeMrkdwn,
} from './mrkdwn.js';

export type KnownBlock = types.KnownBlock;

/** Slack's documented limits, and the budgets dealbot keeps below them. */
export const SLACK_LIMITS = {
  blocksPerMessage: 50,
  sectionText: 3000,
  contextElements: 10,
  /** Our cap for one context element (Slack allows more, but a context line should stay short). */
  contextElementText: 2000,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2000,
  /** Our cap for the notification text (Slack truncates at 40,000). */
  fallbackText: 3000,
  /** Our budget for all text in one message, well below the size that makes Slack answer `msg_too_long`. */
  messageText: 16_000,
  /** The longest answer text shown; longer answers are cut with a note. */
  answerText: 9000,
} as const;

/** What a listener posts: a notification text and the blocks. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

/** Action ids of dealbot's buttons. */
export const ACTION_IDS = {
  share: 'dealbot_share',
  feedbackUp: 'dealbot_feedback_up',
  feedbackDown: 'dealbot_feedback_down',
  /** Slack's native feedback buttons (one element, two values). */
  feedback: 'dealbot_feedback',
} as const;

/** What a button carries: the answer id, and the question so a click still works after a restart. */
export interface ButtonValue {
  id: string;
  q: string;
}

/**
 * Encodes a button value within Slack's 2000-character limit (the question is shortened if needed, and
 * escaped like everything else dealbot sends).
 */
export function encodeButtonValue(value: ButtonValue): string {
  let q = escapeMrkdwn(value.q);
  for (;;) {
    const json = JSON.stringify({ id: value.id, q });
    if (json.length <= SLACK_LIMITS.buttonValue) return json;
    q = truncateMrkdwn(q, Math.floor(q.length * 0.8), '');
  }
}

/** Parses a button value; null when it is not one of ours. */
export function decodeButtonValue(raw: string | undefined): ButtonValue | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as unknown;
    if (v && typeof v === 'object' && typeof (v as ButtonValue).id === 'string' && typeof (v as ButtonValue).q === 'string') {
      return { id: (v as ButtonValue).id, q: unescapeMrkdwn((v as ButtonValue).q) };
    }
  } catch {
    // Not JSON: an older or foreign button.
  }
  return null;
}

/** Looks up article metadata by file name, to name the sources of disagreements and timeline entries. */
export type SourceDirectory = ReadonlyMap<string, SourceInfo>;

export function sourceDirectory(list: readonly SourceInfo[]): SourceDirectory {
  return new Map(list.map((s) => [s.source, s]));
}

type SourceLike = Pick<SourceInfo, 'source' | 'outlet' | 'title'> & {
  aiGenerated?: boolean;
  published?: string | null;
  url?: string | null;
};

/** How a source is named to a reader: outlet, else title in quotes, else file name (escaped mrkdwn). */
export function sourceName(s: SourceLike): string {
  const base = s.outlet ?? (s.title ? `“${s.title}”` : s.source);
  return escapeMrkdwn(s.aiGenerated ? `${base} (AI-generated page)` : base);
}

function nameOf(id: string, dir: SourceDirectory): string {
  return sourceName(dir.get(id) ?? { source: id, outlet: null, title: null });
}

// `verbatim: true`: the text holds article and user text, so Slack must not turn bare URLs, #channels or
// @names in it into links and mentions; dealbot's own links are written out as `<url|label>`.
const section = (text: string): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text, verbatim: true } });
const context = (texts: string[]): KnownBlock => ({
  type: 'context',
  elements: texts.map((text) => ({ type: 'mrkdwn', text, verbatim: true })),
});
const header = (text: string): KnownBlock => ({ type: 'header', text: { type: 'plain_text', text, emoji: true } });

/**
 * Packs items (mrkdwn paragraphs) into as few sections as possible, each within the section limit;
 * an item longer than the limit is split across sections.
 */
export function packSections(items: readonly string[], max: number = SLACK_LIMITS.sectionText): string[] {
  const out: string[] = [];
  let current = '';
  for (const item of items) {
    for (const piece of splitMrkdwn(item, max)) {
      if (current && current.length + 2 + piece.length <= max) current = `${current}\n\n${piece}`;
      else {
        if (current) out.push(current);
        current = piece;
      }
    }
  }
  if (current) out.push(current);
  return out;
}

/** A block quote of a verbatim quote, then who said it: outlet, date and a link when the article has a URL. */
export function renderCitation(c: Citation, dir?: SourceDirectory): string {
  const info = dir?.get(c.source);
  const name = sourceName({ ...c, aiGenerated: info?.aiGenerated ?? false });
  const date = humanDate(c.published);
  const link = c.url ? ` · ${mrkdwnLink(c.url, c.title ? `“${truncateMrkdwn(c.title, 120)}”` : 'article')}` : '';
  return `${blockquote(escapeMrkdwn(`“${foldWhitespace(c.quote)}”`))}\n— *${name}*${date ? `, ${date}` : ''}${link}`;
}

/** One disagreement: topic, explanation, then each position with its sources and verbatim quote. */
export function renderDisagreement(d: Disagreement, dir: SourceDirectory): string {
  const lines = [`*${escapeMrkdwn(d.topic)}*${d.difficulty === 'hard' ? ' _(a matter of description)_' : ''}`];
  if (d.explanation) lines.push(escapeMrkdwn(d.explanation));
  for (const p of d.positions) {
    const sources = p.sources.map((s) => nameOf(s, dir)).join(', ');
    const speaker = p.speaker ? ` (${escapeMrkdwn(p.speaker)})` : '';
    lines.push(`• *${escapeMrkdwn(p.summary || p.claim)}* — ${sources}${speaker}`);
    lines.push(blockquote(escapeMrkdwn(`“${foldWhitespace(p.quote)}”`)));
    if (p.inconsistency) lines.push(`_⚠️ ${escapeMrkdwn(p.inconsistency)}_`);
  }
  return lines.join('\n');
}

/** The answer text as mrkdwn: a model's Markdown is converted, the offline answer (verbatim quotes) only escaped. */
export function answerMrkdwn(a: Pick<Answer, 'answer' | 'mode'>): string {
  const text = a.mode === 'llm' ? markdownToMrkdwn(a.answer) : escapeMrkdwn(a.answer);
  return text.length > SLACK_LIMITS.answerText
    ? `${truncateMrkdwn(text, SLACK_LIMITS.answerText)}\n_(answer shortened to fit in Slack)_`
    : text;
}

/** Adds blocks in order while the block and text budgets last; reports how many items did not fit. */
class Budget {
  readonly blocks: KnownBlock[] = [];
  private chars = 0;
  constructor(
    private readonly maxBlocks: number,
    private readonly maxChars: number,
  ) {}
  get room(): number {
    return this.maxBlocks - this.blocks.length;
  }
  fits(blocks: number, chars: number): boolean {
    return this.blocks.length + blocks <= this.maxBlocks && this.chars + chars <= this.maxChars;
  }
  add(block: KnownBlock, chars: number): void {
    this.blocks.push(block);
    this.chars += chars;
  }
  /**
   * Adds the items as packed sections, in order, stopping at the first item that would overflow the budget
   * (or use more than `maxNewBlocks` blocks); returns how many items were added.
   */
  addItems(items: readonly string[], maxNewBlocks = Number.POSITIVE_INFINITY): number {
    let packed: string[] = [];
    let chars = 0;
    let fitted = 0;
    for (const item of items) {
      const trial = packSections(items.slice(0, fitted + 1));
      if (trial.length > maxNewBlocks || !this.fits(trial.length, chars + item.length)) break;
      packed = trial;
      chars += item.length;
      fitted++;
    }
    for (const s of packed) this.blocks.push(section(s));
    this.chars += chars;
    return fitted;
  }
}

export interface AnswerMessageOptions {
  answerId: string;
  /** Show the question at the top (slash commands, where Slack does not show what was asked). */
  showQuestion?: boolean;
  /** Add the "Share in channel" button (ephemeral answers). */
  shareable?: boolean;
  /** Slack user id of whoever shared the answer into the channel. */
  sharedBy?: string;
  /** Article metadata, to name the sources of disagreements. */
  sources?: SourceDirectory;
  /** Leave out the answer text: it was streamed into the message already, these blocks end it. */
  omitLead?: boolean;
  /** Use Slack's native feedback buttons (a `context_actions` block) instead of two buttons. */
  nativeFeedback?: boolean;
}

const MAX_QUOTES = 12;

/** Renders an answer: question, answer, quotes, disagreements, sources and the buttons, within Slack's limits. */
export function answerMessage(a: Answer, opts: AnswerMessageOptions): SlackMessage {
  const dir = opts.sources ?? new Map<string, SourceInfo>();
  const question = escapeMrkdwn(foldWhitespace(a.question));
  const tail: KnownBlock[] = [];
  const sourcesLine = citedSourcesContext(a, dir);
  if (sourcesLine) tail.push(sourcesLine);
  if (opts.nativeFeedback) {
    if (opts.shareable) tail.push(answerActions(opts.answerId, a.question, true, false));
    tail.push(feedbackButtons(opts.answerId, a.question));
  } else tail.push(answerActions(opts.answerId, a.question, opts.shareable === true));

  // One block is kept free for the "not shown" note.
  const budget = new Budget(SLACK_LIMITS.blocksPerMessage - tail.length - 1, SLACK_LIMITS.messageText);
  if (opts.sharedBy || opts.showQuestion) {
    const who = opts.sharedBy ? `<@${opts.sharedBy.replace(/[^A-Z0-9]/gi, '')}> asked` : 'Q';
    const text = truncateMrkdwn(`*${who}:* ${question}`, SLACK_LIMITS.sectionText);
    budget.add(section(text), text.length);
  }
  const notices = (a.notices ?? []).map((n) => truncateMrkdwn(`_${escapeMrkdwn(n)}_`, SLACK_LIMITS.contextElementText)).slice(0, 10);
  if (notices.length) budget.add(context(notices), notices.join('').length);
  // The quotes and disagreements get their own blocks below; above them goes the summary when the pipeline
  // gives one (answers from before it existed show the whole text).
  const lead = a.summary === undefined ? a.answer : a.summary;
  if (lead && !opts.omitLead) budget.addItems([answerMrkdwn({ answer: lead, mode: a.mode })]);

  // A model answer's markers [n] point at its quotes, so they are numbered the same way.
  const quotes = a.citations
    .slice(0, MAX_QUOTES)
    .map((c, i) => (a.mode === 'llm' && !a.abstained ? renderCitation(c, dir).replace('\n— ', `\n— [${i + 1}] `) : renderCitation(c, dir)));
  // Leave room for the disagreements: they are the point of the answer when there are any.
  const quoteBlocks = a.disagreements.length ? Math.max(1, Math.floor(budget.room / 2)) : budget.room;
  const omittedQuotes = a.citations.length - budget.addItems(quotes, quoteBlocks);

  let omittedDisagreements = 0;
  if (a.disagreements.length) {
    const items = a.disagreements.map((d) => renderDisagreement(d, dir));
    if (budget.fits(2, Math.min(items[0]?.length ?? 0, SLACK_LIMITS.sectionText))) {
      budget.add(header('⚠️ Sources disagree'), 20);
      omittedDisagreements = items.length - budget.addItems(items);
    } else omittedDisagreements = items.length;
  }
  const blocks = [...budget.blocks];
  if (omittedQuotes || omittedDisagreements) {
    const parts = [
      omittedQuotes ? `${omittedQuotes} more quote${omittedQuotes === 1 ? '' : 's'}` : null,
      omittedDisagreements
        ? `${omittedDisagreements} more disagreement${omittedDisagreements === 1 ? '' : 's'} (see \`/deal conflicts\`)`
        : null,
    ].filter(Boolean);
    blocks.push(context([`_Not shown to fit in Slack: ${parts.join(' and ')}._`]));
  }
  blocks.push(...tail);
  return { text: answerFallback(a), blocks };
}

/** The notification text: the answer, shortened, plus the disagreement topics. */
function answerFallback(a: Answer): string {
  const topics = a.disagreements.map((d) => d.topic);
  const warn = topics.length ? `\n⚠️ Sources disagree: ${escapeMrkdwn(topics.slice(0, 5).join(', '))}${topics.length > 5 ? ', …' : ''}` : '';
  return plainFallback(escapeMrkdwn(a.answer), SLACK_LIMITS.fallbackText - warn.length) + warn;
}

/** "Sources: A (date) · B · …" as a context block of at most 10 elements. */
function citedSourcesContext(a: Answer, dir: SourceDirectory): KnownBlock | null {
  const seen = new Map<string, Citation>();
  for (const c of a.citations) if (!seen.has(c.source)) seen.set(c.source, c);
  const mode = a.mode === 'llm' ? `_${escapeMrkdwn(verificationNote(a))}_` : '_offline answer; quotes verbatim from the articles_';
  if (seen.size === 0) return context([mode]);
  const names = [...seen.values()].map((c) => {
    const date = humanDate(c.published);
    const name = sourceName({ ...c, aiGenerated: dir.get(c.source)?.aiGenerated ?? false });
    const label = `${name}${date ? ` (${date})` : ''}`;
    // mrkdwnLink escapes its label itself.
    return c.url ? mrkdwnLink(c.url, `${unescapeMrkdwn(name)}${date ? ` (${date})` : ''}`) : label;
  });
  // Label + sources + mode note must stay within 10 elements.
  const room = SLACK_LIMITS.contextElements - 2;
  const shown = names.length > room ? [...names.slice(0, room - 1), `+${names.length - (room - 1)} more`] : names;
  return context(['*Sources:*', ...shown, mode].map((t) => truncateMrkdwn(t, SLACK_LIMITS.contextElementText)));
}

function button(text: string, actionId: string, value: string, style?: 'primary'): types.Button {
  return { type: 'button', text: { type: 'plain_text', text, emoji: true }, action_id: actionId, value, ...(style ? { style } : {}) };
}

/** 👍 / 👎 and, for ephemeral answers, "Share in channel". */
function answerActions(answerId: string, question: string, shareable: boolean, feedback = true): KnownBlock {
  const value = encodeButtonValue({ id: answerId, q: question });
  const elements: types.Button[] = [];
  if (shareable) elements.push(button('Share in channel', ACTION_IDS.share, value, 'primary'));
  if (feedback) elements.push(button('👍 Helpful', ACTION_IDS.feedbackUp, value), button('👎 Not helpful', ACTION_IDS.feedbackDown, value));
  return { type: 'actions', block_id: 'dealbot_answer_actions', elements };
}

/** The value of a native feedback button: the rating, then the usual button value. */
export function feedbackValue(rating: 'up' | 'down', answerId: string, question: string): string {
  const rest = encodeButtonValue({ id: answerId, q: question });
  return `${rating}:${rest.length + 5 > SLACK_LIMITS.buttonValue ? encodeButtonValue({ id: answerId, q: '' }) : rest}`;
}

/** Slack's native 👍 / 👎 feedback buttons (where the surface supports them: streamed and assistant messages). */
function feedbackButtons(answerId: string, question: string): KnownBlock {
  return {
    type: 'context_actions',
    block_id: 'dealbot_answer_feedback',
    elements: [
      {
        type: 'feedback_buttons',
        action_id: ACTION_IDS.feedback,
        positive_button: {
          text: { type: 'plain_text', text: 'Helpful' },
          accessibility_label: 'This answer was helpful',
          value: feedbackValue('up', answerId, question),
        },
        negative_button: {
          text: { type: 'plain_text', text: 'Not helpful' },
          accessibility_label: "This answer didn't help",
          value: feedbackValue('down', answerId, question),
        },
      },
    ],
  };
}

/** A listing: items packed into sections, with a note when some did not fit. */
function listMessage(title: string, intro: string | null, items: string[], fallback: string, what: string): SlackMessage {
  const budget = new Budget(SLACK_LIMITS.blocksPerMessage - 2, SLACK_LIMITS.messageText);
  budget.add(header(title), title.length);
  if (intro) budget.add(section(intro), intro.length);
  const shown = budget.addItems(items);
  const blocks = [...budget.blocks];
  if (shown < items.length) blocks.push(context([`_${items.length - shown} more ${what} not shown to fit in Slack._`]));
  return { text: fallback, blocks };
}

/** `/deal help`: usage and example questions. */
export function helpMessage(articleCount?: number): SlackMessage {
  const corpus = articleCount ? `${articleCount} news articles` : 'a folder of news articles';
  const intro = `*dealbot* answers questions about the June 2025 US–China rare earth and export-control agreement from ${corpus}, quoting them verbatim and pointing out where they disagree.`;
  const usage = [
    '`/deal QUESTION` — ask a question; only you see the answer until you press *Share in channel*',
    '`/deal sources` — the articles, with outlet, date and title',
    '`/deal conflicts` — where the sources disagree',
    '`/deal timeline` — the chronology of the story',
    '`/deal whats-new [since]` — what changed in the story (new disagreements, new sides, new dated events); since a date or `2d`, default a day',
    '`/deal add URL` — add an article from a link (for the people in ADMIN_USER_IDS)',
    '`/deal help` — this message',
    '',
    'You can also mention me in a channel (I answer in a thread, and follow-up questions in that thread are understood) or send me a direct message.',
  ].join('\n');
  const examples = [
    'Who signed the deal and when?',
    'When did the London talks take place?',
    'What did Howard Lutnick say?',
    'Where do the sources disagree?',
  ]
    .map((q) => `• ${q}`)
    .join('\n');
  return {
    text: 'dealbot: ask /deal QUESTION, or /deal sources, /deal conflicts, /deal timeline.',
    blocks: [section(intro), section(usage), section(`*Try asking*\n${examples}`)],
  };
}

/** `/deal sources`: outlet, date and title of each article. */
export function sourcesMessage(list: readonly SourceInfo[]): SlackMessage {
  if (list.length === 0) return simpleMessage('No articles are loaded.');
  const items = list.map((s, i) => {
    const date = humanDate(s.published) ?? 'date unknown';
    const title = s.title ? mrkdwnLink(s.url, `“${s.title}”`) : s.url ? mrkdwnLink(s.url, 'link') : '_untitled_';
    const flags = [
      s.author ? `by ${escapeMrkdwn(s.author)}` : null,
      s.aiGenerated ? '_AI-generated page_' : null,
      `\`${escapeMrkdwn(s.source)}\``,
    ].filter(Boolean);
    return `*${i + 1}. ${escapeMrkdwn(s.outlet ?? 'Outlet unknown')}* — ${date}\n${title}\n${flags.join(' · ')}`;
  });
  return listMessage(
    `Sources (${list.length})`,
    null,
    items,
    `dealbot reads ${list.length} article${list.length === 1 ? '' : 's'}.`,
    'articles',
  );
}

/** `/deal conflicts`: every disagreement, or a polite note that there are none. */
export function conflictsMessage(list: readonly Disagreement[], dir: SourceDirectory): SlackMessage {
  if (list.length === 0) return simpleMessage('No disagreements found between the sources.');
  const items = list.map((d) => renderDisagreement(d, dir));
  const topics = list.map((d) => d.topic).join(', ');
  return listMessage(
    '⚠️ Sources disagree',
    null,
    items,
    truncateMrkdwn(`Sources disagree on: ${escapeMrkdwn(topics)}`, SLACK_LIMITS.fallbackText),
    'disagreements',
  );
}

/** `/deal timeline`: the chronology, with disputed dates marked. */
export function timelineMessage(list: readonly TimelineEntry[], dir: SourceDirectory): SlackMessage {
  if (list.length === 0) return simpleMessage('No dated events found in the articles.');
  const items = list.map((e) => {
    const mark = e.disputed ? ` ⚠️ _disputed${e.disagreement ? ` (${escapeMrkdwn(e.disagreement)})` : ''}_` : '';
    const lines = [`*${escapeMrkdwn(e.display)}* — ${escapeMrkdwn(e.event)}${mark}`];
    for (const q of e.quotes.slice(0, 3)) {
      const written = q.asWritten ? ` _(“${escapeMrkdwn(q.asWritten)}”)_` : '';
      lines.push(`${blockquote(escapeMrkdwn(`“${foldWhitespace(q.quote)}”`))}\n— ${nameOf(q.source, dir)}${written}`);
    }
    return lines.join('\n');
  });
  return listMessage('Timeline', null, items, `Timeline: ${list.length} dated event${list.length === 1 ? '' : 's'}.`, 'events');
}

/** A one-section message from already-safe mrkdwn. */
export function simpleMessage(mrkdwn: string): SlackMessage {
  const pieces = splitMrkdwn(mrkdwn, SLACK_LIMITS.sectionText).slice(0, SLACK_LIMITS.blocksPerMessage);
  return { text: plainFallback(mrkdwn, SLACK_LIMITS.fallbackText), blocks: pieces.map(section) };
}

/** The smallest message that can carry an answer: used when Slack refuses the full one. */
export function minimalAnswerMessage(a: Answer): SlackMessage {
  const text = truncateMrkdwn(answerMrkdwn(a), SLACK_LIMITS.sectionText - 200);
  return simpleMessage(`${text}\n_(The full answer with its quotes was too long for Slack.)_`);
}

/** An error for the user: one friendly sentence, escaped. */
export function errorMessage(sentence: string): SlackMessage {
  return simpleMessage(`:warning: ${escapeMrkdwn(sentence)}`);
}

/**
 * Checks a message against Slack's limits; returns the problems found (empty when valid). Used by tests and
 * as a last guard before posting.
 */
export function messageProblems(m: SlackMessage): string[] {
  const problems: string[] = [];
  if (!m.text) problems.push('missing text fallback');
  if (m.text.length > 40_000) problems.push(`text is ${m.text.length} characters`);
  if (m.blocks.length > SLACK_LIMITS.blocksPerMessage) problems.push(`${m.blocks.length} blocks`);
  m.blocks.forEach((b, i) => {
    if (b.type === 'section') {
      const t = b.text?.text ?? '';
      if (t.length > SLACK_LIMITS.sectionText) problems.push(`block ${i}: section text is ${t.length} characters`);
      if (!t.trim()) problems.push(`block ${i}: empty section`);
    } else if (b.type === 'context') {
      if (b.elements.length > SLACK_LIMITS.contextElements) problems.push(`block ${i}: ${b.elements.length} context elements`);
      if (b.elements.length === 0) problems.push(`block ${i}: empty context`);
      for (const e of b.elements)
        if ('text' in e && e.text.length > SLACK_LIMITS.sectionText) problems.push(`block ${i}: context element too long`);
    } else if (b.type === 'header') {
      if (b.text.text.length > SLACK_LIMITS.headerText) problems.push(`block ${i}: header too long`);
    } else if (b.type === 'actions') {
      if (b.elements.length > 25) problems.push(`block ${i}: too many actions`);
      for (const e of b.elements) {
        if (e.type === 'button' && e.text.text.length > SLACK_LIMITS.buttonText) problems.push(`block ${i}: button text too long`);
        if (e.type === 'button' && (e.value?.length ?? 0) > SLACK_LIMITS.buttonValue) problems.push(`block ${i}: button value too long`);
      }
    }
  });
  return problems;
}
