/**
 * The answer JSON contract (see DESIGN.md). `ask --json` prints exactly these objects, Slack renders them.
 */

/** A verbatim quote: `article.raw.slice(start, end) === quote`. */
export interface Citation {
  source: string;
  quote: string;
  start: number;
  end: number;
  title: string | null;
  outlet: string | null;
  published: string | null;
  url?: string | null;
}

/** One side of a disagreement: a normalised claim, the sources holding it and a verbatim quote from one of them. */
export interface Position {
  /** Normalised value, e.g. `2025-06-24`, `2025-06-09/10` (a span of days), `2025-06`, `55%`, or a short category label. */
  claim: string;
  /** Human wording of the claim, with relative dates shown resolved and as written. */
  summary: string;
  sources: string[];
  /** Verbatim text of `sources[0]` (and `raw.slice(start, end) === quote` there). */
  quote: string;
  start: number;
  end: number;
  /** Who the source says made the claim ("Howard Lutnick"), when the sentence attributes it. */
  speaker?: string | null;
  /** Set when the position contradicts its own article (e.g. talks dated after the article describe as past). */
  inconsistency?: string | null;
}

export interface Disagreement {
  /** Short human topic, e.g. "signing date". */
  topic: string;
  /** `normal` for incompatible dates, places and numbers; `hard` for differing descriptions or tone. */
  difficulty: 'normal' | 'hard';
  kind: 'date' | 'number' | 'place' | 'description' | 'tone';
  positions: Position[];
  /** One sentence a person reads: who says what. */
  explanation: string;
}

export interface RetrievedPassage {
  source: string;
  start: number;
  end: number;
  score: number;
}

export type AnswerMode = 'offline' | 'llm';

export interface Answer {
  question: string;
  answer: string;
  abstained: boolean;
  citations: Citation[];
  disagreements: Disagreement[];
  retrieved: RetrievedPassage[];
  mode: AnswerMode;
  /**
   * What a front end that renders `citations` and `disagreements` on their own shows above them: the direct
   * answer, or the whole answer for model answers and abstentions; null when the quotes are the answer.
   */
  summary?: string | null;
  /** Notices for the reader (e.g. the question was truncated, the model failed and the offline answer is shown). */
  notices?: string[];
  /** Model answers only: what was checked, so a front end can say exactly what was verified. */
  verification?: ModelVerification;
}

/** What the pipeline checked in a model's answer. */
export interface ModelVerification {
  model: string | null;
  /** The reply format the server accepted: `json_schema`, `json_object` or `text`. */
  format: string | null;
  /** Quotes verified verbatim at their offsets (the citations). */
  quotes: number;
  /** Quotes the model gave that were not in the articles, dropped. */
  rejectedQuotes: number;
  /** Statements removed because no quote of theirs could be verified. */
  removedStatements: number;
}

/** One article as listed by `:sources`, `/deal sources` and `ask --sources`. */
export interface SourceInfo {
  source: string;
  title: string | null;
  outlet: string | null;
  author: string | null;
  published: string | null;
  url: string | null;
  aiGenerated: boolean;
  /** Number of body sentences indexed. */
  sentences: number;
}

/** A verbatim quote of a timeline entry or claim. */
export interface SourceQuote {
  source: string;
  quote: string;
  start: number;
  end: number;
  /** The date expression as the article wrote it ("yesterday", "earlier this month"). */
  asWritten?: string | null;
}

/** One event of the story's chronology (`ask --timeline`). */
export interface TimelineEntry {
  /** ISO date at the precision known (`2025-06-25`, `2025-06`, `--06-25` when the year is unknown). */
  date: string;
  /** Human date, e.g. "25 June 2025" or "June 2025". */
  display: string;
  /** What happened, e.g. "Talks in London". */
  event: string;
  sources: string[];
  quotes: SourceQuote[];
  /** True when sources disagree about this event's date; `disagreement` names the topic. */
  disputed: boolean;
  disagreement?: string | null;
}
