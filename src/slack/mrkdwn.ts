/**
 * Slack mrkdwn helpers: escaping, Markdown-to-mrkdwn conversion and splitting that never breaks an entity,
 * a link or a surrogate pair. Slack's mrkdwn is not Markdown: `*bold*`, `_italic_`, `~strike~`, `<url|text>`.
 */

/**
 * Escapes the three characters Slack treats as control characters. After this, `<!channel>`, `<!here>`,
 * `<!everyone>` and `<@U123>` are shown as typed and never notify anyone.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Reverses `escapeMrkdwn` (for tests and for measuring what a reader sees). */
export function unescapeMrkdwn(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * Turns text as Slack delivers it (mentions and links as `<…>` tokens, `&`, `<`, `>` as entities) into plain
 * text for the pipeline: broadcasts (`<!channel>`, `<!here>`, `<!everyone>`) and bare user mentions are
 * dropped, named mentions and channels keep their name, links keep their label.
 */
export function plainFromSlack(text: string): string {
  return text
    .replace(/<([^<>]*)>/g, (_m, inner: string) => {
      const [target = '', label] = inner.split('|', 2);
      if (target.startsWith('!')) return label && !/^!(channel|here|everyone)$/.test(target) ? label : ' ';
      if (target.startsWith('@')) return label ? `@${label}` : ' ';
      if (target.startsWith('#')) return label ? `#${label}` : ' ';
      return label ?? target;
    })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Folds runs of whitespace (the line breaks of hard-wrapped articles) into single spaces. */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A link Slack will render, or plain escaped text when the URL is not http(s). Characters that would end the
 * link early (`|`, `>`) are percent-encoded in the URL and escaped in the label.
 */
export function mrkdwnLink(url: string | null | undefined, label: string): string {
  const text = escapeMrkdwn(label).replace(/\|/g, '¦');
  if (!url || !/^https?:\/\/[^\s]+$/i.test(url)) return text;
  const safeUrl = url.replace(/[<>|"\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`).replace(/&/g, '&amp;');
  return `<${safeUrl}|${text}>`;
}

/** Prefixes every line with `>` so Slack shows the text as a block quote. Expects escaped text. */
export function blockquote(escaped: string): string {
  return escaped
    .split('\n')
    .map((line) => `>${line ? ` ${line}` : ''}`)
    .join('\n');
}

/**
 * Converts the Markdown a language model tends to write into Slack mrkdwn, escaping everything first.
 * Code spans and fenced blocks are left as they are.
 */
export function markdownToMrkdwn(markdown: string): string {
  const parts = escapeMrkdwn(markdown).split(/(```[\s\S]*?```|`[^`\n]+`)/g);
  return parts.map((part, i) => (i % 2 === 1 ? part : convertInline(part))).join('');
}

function convertInline(text: string): string {
  return (
    text
      // Links [label](https://…) → <https://…|label>
      .replace(
        /\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)/g,
        (_m, label: string, url: string) => `<${url.replace(/\|/g, '%7C')}|${label.replace(/\|/g, '¦')}>`,
      )
      // Headings → bold lines (as **…**, turned into *…* below)
      .replace(/^ {0,3}#{1,6}[ \t]+(.+?)[ \t#]*$/gm, '**$1**')
      // *italic* (single stars) → _italic_, before ** is turned into *
      .replace(/(?<![*\w])\*(?![*\s])([^*\n]+?)(?<![\s*])\*(?![*\w])/g, '_$1_')
      // **bold** and __bold__ → *bold*
      .replace(/\*\*(?=\S)([^\n]+?)(?<=\S)\*\*/g, '*$1*')
      .replace(/__(?=\S)([^\n]+?)(?<=\S)__/g, '*$1*')
      // ~~strike~~ → ~strike~
      .replace(/~~(?=\S)([^\n]+?)(?<=\S)~~/g, '~$1~')
      // - item / * item / + item → • item
      .replace(/^([ \t]*)[-*+][ \t]+/gm, '$1• ')
  );
}

/** Index at or before `cut` where a string may be split without breaking an entity, a `<…>` token or a surrogate pair. */
function safeCut(text: string, cut: number): number {
  let at = cut;
  // Inside a `<…>` token (link or mention)? Move before it.
  const open = text.lastIndexOf('<', at - 1);
  if (open >= 0 && text.indexOf('>', open) >= at && open > 0) at = open;
  // Inside an `&…;` entity (at most 6 characters long)? Move before it.
  const amp = text.lastIndexOf('&', at - 1);
  if (amp >= 0 && at - amp < 6 && !text.slice(amp, at).includes(';') && amp > 0) at = amp;
  // Between the halves of a surrogate pair? Move before the pair.
  const code = text.charCodeAt(at - 1);
  if (code >= 0xd800 && code <= 0xdbff) at -= 1;
  return Math.max(1, at);
}

/**
 * Splits mrkdwn into pieces of at most `max` characters, preferring paragraph breaks, then line breaks, then
 * spaces. A block quote split in the middle of a line keeps its `>` on the continuation.
 */
export function splitMrkdwn(text: string, max = 3000): string[] {
  if (max < 20) throw new RangeError('splitMrkdwn: max is too small');
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = rest.lastIndexOf('\n\n', max);
    if (cut < max / 3) cut = rest.lastIndexOf('\n', max);
    if (cut < max / 3) cut = rest.lastIndexOf(' ', max);
    if (cut < max / 3) cut = max;
    cut = safeCut(rest, cut);
    const head = rest.slice(0, cut).trimEnd();
    let tail = rest.slice(cut);
    const atLineBreak = /^\s*\n/.test(tail) || head.endsWith('\n');
    tail = tail.replace(/^\n+/, '');
    if (!atLineBreak) {
      tail = tail.replace(/^ +/, '');
      const lineStart = head.lastIndexOf('\n') + 1;
      if (head.startsWith('>', lineStart) && !tail.startsWith('>')) tail = `> ${tail}`;
    }
    if (head) pieces.push(head);
    rest = tail;
  }
  if (rest.trim()) pieces.push(rest);
  return pieces;
}

/** Shortens mrkdwn to at most `max` characters, ending with `suffix`, without breaking a token. */
export function truncateMrkdwn(text: string, max: number, suffix = '…'): string {
  if (text.length <= max) return text;
  const room = Math.max(1, max - suffix.length);
  let cut = text.lastIndexOf(' ', room);
  if (cut < room * 0.6) cut = room;
  cut = safeCut(text, cut);
  return `${text.slice(0, cut).trimEnd()}${suffix}`;
}

/** Plain text for notifications and screen readers: mrkdwn markers removed, escapes kept, length bounded. */
export function plainFallback(mrkdwn: string, max = 3000): string {
  const plain = mrkdwn
    .replace(/<(https?:[^|>]+)\|([^>]+)>/g, '$2 ($1)')
    .replace(/^> ?/gm, '')
    .replace(/(^|\s)[*_~]+(?=\S)|(?<=\S)[*_~]+(?=\s|$|[.,;:!?)])/g, '$1');
  return truncateMrkdwn(plain, max);
}
