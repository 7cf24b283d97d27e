import { verificationNote } from '../answer/llm-verify.js';
import { displayQuote, humanDate } from '../answer/sources.js';
import type { Answer, Disagreement, SourceInfo, TimelineEntry } from '../answer/types.js';

/** Terminal styling; plain text when the output is not a terminal or NO_COLOR is set. */
export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  warn(s: string): string;
  quote(s: string): string;
}

const plain: Style = { bold: (s) => s, dim: (s) => s, warn: (s) => s, quote: (s) => s };
const ansi = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const colored: Style = { bold: ansi(1, 22), dim: ansi(2, 22), warn: ansi(33, 39), quote: ansi(36, 39) };

/** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function styleFor(stream: { isTTY?: boolean }, noColor: boolean): Style {
  return stream.isTTY && !noColor ? colored : plain;
}

/**
 * C0 and C1 control characters other than newline and tab. Article text and front matter are untrusted: an
 * escape sequence in them could set a hyperlink, write the clipboard (OSC 52) or hide text in the terminal.
 */
const CONTROL_RE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Removes terminal control characters from a string. */
export function stripControls(text: string): string {
  return text.replace(CONTROL_RE, '');
}

/** A copy of a value with every string stripped of control characters (what the render functions print). */
export function terminalSafe<T>(value: T): T {
  if (typeof value === 'string') return stripControls(value) as T;
  if (Array.isArray(value)) return value.map((v) => terminalSafe(v)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, terminalSafe(v)])) as T;
  }
  return value;
}

function sourceLine(s: {
  source: string;
  outlet: string | null;
  title: string | null;
  published: string | null;
  url?: string | null;
}): string {
  const parts = [
    s.outlet ?? 'outlet unknown',
    s.title ? `“${s.title}”` : null,
    humanDate(s.published) ?? 'date unknown',
    s.source,
    s.url ?? null,
  ];
  return parts.filter(Boolean).join(' — ');
}

/** One disagreement as indented lines. */
export function renderDisagreement(unsafe: Disagreement, style: Style = plain): string {
  const d = terminalSafe(unsafe);
  const lines = [style.warn(`⚠ Sources disagree — ${d.topic}${d.difficulty === 'hard' ? ' (a matter of description)' : ''}`)];
  lines.push(`  ${d.explanation}`);
  for (const p of d.positions) {
    lines.push(`  • ${style.bold(p.summary)} — ${p.sources.join(', ')}${p.speaker ? ` (${p.speaker})` : ''}`);
    lines.push(`    ${style.quote(`“${displayQuote(p.quote)}”`)}`);
    if (p.inconsistency) lines.push(`    ${style.warn(`! ${p.inconsistency}`)}`);
  }
  return lines.join('\n');
}

/** The question line that starts a rendered answer (printed first when the answer is streamed). */
export function renderQuestion(question: string, style: Style = plain): string {
  return `${style.bold(`Q: ${terminalSafe(question)}`)}\n\n`;
}

/**
 * A readable answer for a terminal: the answer, the verified quotes of a model answer, disagreements, then
 * the cited sources. `streamed` is the model text already printed: when the checked answer says the same,
 * only what follows it is rendered; when checking changed it, the checked answer is printed in full.
 */
export function renderAnswer(unsafe: Answer, style: Style = plain, streamed?: string): string {
  const a = terminalSafe(unsafe);
  const out: string[] = [];
  const continues = streamed !== undefined && streamed !== '' && a.mode === 'llm' && a.summary === terminalSafe(streamed);
  if (streamed) {
    if (continues) out.push('');
    else
      out.push(
        '',
        style.warn(a.mode === 'llm' ? 'Checked answer (statements whose quotes could not be verified are removed):' : 'Answer:'),
      );
  } else out.push(style.bold(`Q: ${a.question}`), '');
  for (const n of a.notices ?? []) out.push(style.warn(`Note: ${n}`));
  if (!continues) {
    // Disagreements are printed in full below, so the answer names them in one line instead of repeating them.
    const lines = a.disagreements.length
      ? a.answer.split('\n').filter((l) => !l.startsWith('⚠️ The sources disagree'))
      : a.answer.split('\n');
    if (a.disagreements.length && a.summary?.startsWith('⚠️')) lines.unshift(style.warn(a.summary));
    out.push(lines.join('\n'));
  }
  if (a.mode === 'llm' && a.citations.length) {
    out.push('');
    a.citations.forEach((c, i) => {
      out.push(`  [${i + 1}] ${style.quote(`“${displayQuote(c.quote)}”`)}`, `      — ${sourceLine(c)}`);
    });
  }
  if (a.disagreements.length) {
    out.push('');
    for (const d of a.disagreements) out.push(renderDisagreement(d, style));
  }
  const seen = new Map<string, number>();
  for (const c of a.citations) if (!seen.has(c.source)) seen.set(c.source, seen.size + 1);
  if (seen.size && a.mode !== 'llm') {
    out.push('', style.bold('Sources'));
    for (const [source, n] of seen) {
      const c = a.citations.find((x) => x.source === source);
      if (c) out.push(`  [${n}] ${sourceLine(c)}`);
    }
  }
  out.push(style.dim(`(${verificationNote(a)})`));
  return out.join('\n');
}

/** The `:sources` listing. */
export function renderSources(list: SourceInfo[], style: Style = plain): string {
  return terminalSafe(list)
    .map((s, i) => {
      const flags = [s.aiGenerated ? 'AI-generated page' : null, `${s.sentences} sentences`].filter(Boolean).join(', ');
      return `${style.bold(`[${i + 1}]`)} ${sourceLine(s)}${s.author ? ` — by ${s.author}` : ''} ${style.dim(`(${flags})`)}`;
    })
    .join('\n');
}

/** The `--conflicts` listing. */
export function renderConflicts(list: Disagreement[], style: Style = plain): string {
  if (list.length === 0) return 'No disagreements between the sources were found.';
  return list.map((d) => renderDisagreement(d, style)).join('\n\n');
}

/** The `--timeline` listing. */
export function renderTimeline(list: TimelineEntry[], style: Style = plain): string {
  if (list.length === 0) return 'No dated events were found in the articles.';
  const lines: string[] = [];
  for (const e of terminalSafe(list)) {
    const mark = e.disputed ? style.warn(` ⚠ disputed (${e.disagreement ?? 'sources disagree'})`) : '';
    lines.push(`${style.bold(e.display.padEnd(22))} ${e.event}${mark}`);
    for (const q of e.quotes) {
      const written = q.asWritten ? ` [“${q.asWritten}”]` : '';
      lines.push(`${' '.repeat(23)}${q.source}${written}: ${style.quote(`“${displayQuote(q.quote)}”`)}`);
    }
  }
  return lines.join('\n');
}
