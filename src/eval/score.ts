import { z } from 'zod';

/**
 * The evaluation metrics, defined exactly as the reference scorer `eval/score-answers.mjs` (a copy of
 * ../shared/tools/score-answers.mjs) defines them; a test checks that both give the same numbers.
 */

export const GoldSchema = z.object({
  id: z.string(),
  question: z.string(),
  facts: z.array(z.array(z.string())),
  passages: z.array(z.object({ source: z.string(), contains: z.string() })),
  conflicts: z
    .array(
      z.object({
        topic: z.string(), // Two or more sides; like the reference scorer, the first two are the ones checked.
        values: z.array(z.array(z.string())).min(2),
        difficulty: z.string().optional(),
      }),
    )
    .default([]),
  strict_no_conflict: z.boolean().optional(),
  abstain: z.boolean(),
});
export type Gold = z.infer<typeof GoldSchema>;

/** The parts of an answer the metrics read (any extra fields are ignored). */
export interface ScoredAnswer {
  answer?: unknown;
  abstained?: unknown;
  citations?: unknown;
  disagreements?: unknown;
  retrieved?: unknown;
}

export interface Scores {
  questions: number;
  contract: number;
  facts: number;
  quotes_verbatim: number;
  quotes: number;
  recall_at_k: number;
  cites_gold_source: number;
  conflict_recall: number;
  hard_conflict_recall: number;
  false_conflict_rate: number;
  abstain_acc: number;
  over_abstain: number;
}

export interface ScoreReport {
  scores: Scores;
  /** One line per question with a problem, as the reference scorer prints them. */
  misses: string[];
  /** The reference scorer's overall verdict. */
  pass: boolean;
}

type Rec = Record<string, unknown>;
const low = (s: unknown) => String(s ?? '').toLowerCase();
const arr = (x: unknown): Rec[] => (Array.isArray(x) ? (x as Rec[]) : []);

/** Scores answers (same order as the gold questions) against the gold set; `text(source)` reads an article. */
export function scoreAnswers(gold: Gold[], answers: ScoredAnswer[], text: (source: string) => string | null, k = 8): ScoreReport {
  const m = {
    n: 0,
    contract: 0,
    facts: 0,
    factsN: 0,
    quotes: 0,
    quotesOk: 0,
    recall: 0,
    recallN: 0,
    cite: 0,
    citeN: 0,
    conf: 0,
    confN: 0,
    hard: 0,
    hardN: 0,
    falseConf: 0,
    strictN: 0,
    abst: 0,
    abstN: 0,
    overAbst: 0,
    answerable: 0,
  };
  const misses: string[] = [];
  gold.forEach((g, i) => {
    const a = (answers[i] ?? {}) as Rec;
    m.n++;
    const why: string[] = [];
    const ok =
      typeof a.answer === 'string' &&
      typeof a.abstained === 'boolean' &&
      Array.isArray(a.citations) &&
      Array.isArray(a.disagreements) &&
      Array.isArray(a.retrieved);
    if (ok) m.contract++;
    else why.push('contract');
    const citations = arr(a.citations);
    for (const c of citations) {
      m.quotes++;
      const t = text(String(c.source));
      if (t != null && typeof c.quote === 'string' && c.quote.length >= 12 && t.slice(c.start as number, c.end as number) === c.quote)
        m.quotesOk++;
      else why.push(`quote not verbatim at offsets: ${c.source} ${JSON.stringify(String(c.quote).slice(0, 60))}`);
    }
    const dis = arr(a.disagreements);
    for (const d of dis) {
      for (const p of arr(d.positions)) {
        const srcs = Array.isArray(p.sources) ? (p.sources as string[]) : p.source ? [String(p.source)] : [];
        if (p.quote) {
          m.quotes++;
          if (srcs.some((s) => (text(s) ?? '').includes(String(p.quote)))) m.quotesOk++;
          else why.push(`disagreement quote not verbatim: ${JSON.stringify(String(p.quote).slice(0, 60))}`);
        }
      }
    }
    if (g.abstain) {
      m.abstN++;
      if (a.abstained === true) m.abst++;
      else why.push('should abstain');
    } else {
      m.answerable++;
      if (a.abstained === true) {
        m.overAbst++;
        why.push('abstained on answerable');
      }
      for (const f of g.facts) {
        m.factsN++;
        if (f.some((alt) => low(a.answer).includes(low(alt)))) m.facts++;
        else why.push(`fact missing: ${f.join('|')}`);
      }
      for (const p of g.passages) {
        m.recallN++;
        const t = text(p.source) ?? '';
        const at = t.indexOf(p.contains);
        const hit = arr(a.retrieved)
          .slice(0, k)
          .some((r) => r.source === p.source && (r.start as number) <= at + p.contains.length && (r.end as number) >= at);
        if (hit) m.recall++;
        else why.push(`not retrieved in top ${k}: ${p.source} "${p.contains}"`);
      }
      if (g.passages.length) {
        m.citeN++;
        if (citations.some((c) => g.passages.some((p) => p.source === c.source))) m.cite++;
        else why.push('no citation from a gold source');
      }
    }
    for (const c of g.conflicts) {
      const hard = c.difficulty === 'hard';
      if (hard) m.hardN++;
      else m.confN++;
      const posText = (p: Rec) => low([p.claim, p.value, p.quote, p.summary].filter(Boolean).join(' '));
      const found = dis.some((d) => {
        const ps = arr(d.positions).map(posText);
        return ps.some(
          (x, i) =>
            (c.values[0] ?? []).some((v) => x.includes(low(v))) &&
            ps.some((y, j) => j !== i && (c.values[1] ?? []).some((v) => y.includes(low(v)))),
        );
      });
      if (found) {
        if (hard) m.hard++;
        else m.conf++;
      } else if (!hard) why.push(`conflict not flagged: ${c.topic}`);
    }
    if (g.strict_no_conflict) {
      m.strictN++;
      if (dis.length) {
        m.falseConf++;
        why.push(`false disagreement: ${dis.map((d) => d.topic).join('; ')}`);
      }
    }
    if (why.length) misses.push(`${g.id} ${JSON.stringify(g.question)}: ${why.join(' | ')}`);
  });
  // Share of good outcomes: none to judge counts as all good; share of bad ones: none to judge counts as none bad.
  const r = (x: number, y: number) => (y ? x / y : 1);
  const bad = (x: number, y: number) => (y ? x / y : 0);
  const scores: Scores = {
    questions: m.n,
    contract: r(m.contract, m.n),
    facts: r(m.facts, m.factsN),
    quotes_verbatim: r(m.quotesOk, m.quotes),
    quotes: m.quotes,
    recall_at_k: r(m.recall, m.recallN),
    cites_gold_source: r(m.cite, m.citeN),
    conflict_recall: r(m.conf, m.confN),
    hard_conflict_recall: r(m.hard, m.hardN),
    false_conflict_rate: bad(m.falseConf, m.strictN),
    abstain_acc: r(m.abst, m.abstN),
    over_abstain: bad(m.overAbst, m.answerable),
  };
  const pass =
    scores.contract === 1 &&
    scores.quotes_verbatim === 1 &&
    scores.facts >= 0.9 &&
    scores.recall_at_k >= 0.9 &&
    scores.conflict_recall === 1 &&
    scores.false_conflict_rate <= 0.1 &&
    scores.abstain_acc === 1 &&
    scores.over_abstain <= 0.05 &&
    scores.quotes > 0;
  return { scores, misses, pass };
}

/** Parses a gold JSONL file's text. */
export function parseGold(jsonl: string): Gold[] {
  return jsonl
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return GoldSchema.parse(JSON.parse(l));
      } catch (err) {
        throw new Error(`line ${i + 1} is not a valid eval question: ${(err as Error).message.split('\n')[0]}`);
      }
    });
}
