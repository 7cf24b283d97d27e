import type { QuotedPoint, StoryChange, StoryDiff } from '../answer/changes.js';
import { displayQuote, humanDate } from '../answer/sources.js';
import type { Style } from './render.js';

function quoted(q: QuotedPoint, style: Style, indent = '    '): string {
  const by = [q.outlet, q.date, q.url].filter(Boolean).join(', ');
  return `${indent}${style.quote(`“${displayQuote(q.quote)}”`)}\n${indent}— ${by} (${q.source})`;
}

function change(c: StoryChange, style: Style): string {
  switch (c.kind) {
    case 'new-disagreement':
      return [
        style.warn(`⚠ New disagreement — ${c.topic}`),
        `  ${c.explanation}`,
        ...c.sides.map((s) => `  • ${style.bold(s.summary || s.claim)}\n${quoted(s.quote, style)}`),
      ].join('\n');
    case 'new-side':
      return [
        style.warn(`⚠ New side in the disagreement on the ${c.topic}: ${c.summary || c.claim}`),
        quoted(c.quote, style, '  '),
        ...c.against.map((a) => `  • against ${style.bold(a.claim)}\n${quoted(a.quote, style)}`),
      ].join('\n');
    case 'new-event':
      return [style.bold(`New dated event — ${c.event}, ${c.display}`), quoted(c.quote, style, '  ')].join('\n');
    case 'self-contradiction':
      return [style.warn(`? ${c.quote.outlet} contradicts itself — ${c.note}`), quoted(c.quote, style, '  ')].join('\n');
  }
}

/** `ask --whats-new`: what changed, each point quoted with outlet, date and link. */
export function renderStoryDiff(diff: StoryDiff, since: Date, style: Style): string {
  const period = `since ${humanDate(since.toISOString().slice(0, 10)) ?? since.toISOString()}`;
  const added = diff.added.map(
    (s) =>
      `  + ${[s.outlet ?? 'outlet unknown', s.title ? `“${s.title}”` : null, humanDate(s.published), s.source].filter(Boolean).join(' — ')}`,
  );
  if (!diff.changes.length) {
    return diff.added.length
      ? `Nothing material changed ${period}: ${diff.added.length} new article(s), no new disagreement, side or dated event.\n${added.join('\n')}`
      : `No new articles ${period}.`;
  }
  return [
    style.bold(`What changed in the story ${period}`),
    '',
    ...diff.changes.map((c) => `${change(c, style)}\n`),
    'New articles:',
    ...added,
  ].join('\n');
}
