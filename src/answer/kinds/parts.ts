import type { Answer, Disagreement, RetrievedPassage } from '../types.js';
import type { AnswerEnv, Built } from './env.js';

/**
 * Two questions in one ("who led the talks and where did they meet?"): each part is answered by the strategy for
 * its kind, the second read as a follow-up of the first (so "they" and "it" keep their meaning), and the two
 * answers are shown one after the other. The whole abstains only when both parts do.
 */
export async function answerParts(env: AnswerEnv, parts: [string, string], context: readonly string[]): Promise<Built> {
  const first = await env.ask(parts[0], context);
  const second = await env.ask(parts[1], [...context, parts[0]]);
  const answers: [string, Answer][] = [
    [parts[0], first],
    [parts[1], second],
  ];
  const disagreements: Disagreement[] = [];
  for (const [, a] of answers) for (const d of a.disagreements) if (!disagreements.some((x) => x.topic === d.topic)) disagreements.push(d);
  // Passages alternate between the parts, so that both are represented near the top.
  const retrieved: RetrievedPassage[] = [];
  for (let i = 0; i < Math.max(first.retrieved.length, second.retrieved.length); i++) {
    for (const a of [first, second]) {
      const r = a.retrieved[i];
      if (r) retrieved.push(r);
    }
  }
  const text = answers.map(([part, a], i) => `${i + 1}. ${part}\n${a.answer}`).join('\n\n');
  const summaries = answers.map(([part, a], i) => `${i + 1}. ${part} ${a.summary ?? (a.abstained ? a.answer : '')}`.trim());
  return {
    answer: text,
    summary: summaries.join('\n'),
    abstained: first.abstained && second.abstained,
    citations: [...first.citations, ...second.citations],
    disagreements,
    retrieved,
  };
}
