/** Stable codes for every failure a user can meet; front ends map them to one friendly sentence. */
export const ErrorCode = {
  UsageError: 'dealbot_usage_error',
  ConfigError: 'dealbot_config_error',
  ArticlesError: 'dealbot_articles_error',
  QuestionError: 'dealbot_question_error',
  IndexError: 'dealbot_index_error',
  LlmError: 'dealbot_llm_error',
  SlackError: 'dealbot_slack_error',
  IngestError: 'dealbot_ingest_error',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Base class: `message` is safe to show to a user; `detail` (optional) goes to the log only. */
export class DealbotError extends Error {
  readonly code: ErrorCode;
  readonly detail?: unknown;
  /** Exit status for the command line. */
  readonly exitCode: number;
  constructor(code: ErrorCode, message: string, options: { detail?: unknown; exitCode?: number } = {}) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    this.detail = options.detail;
    this.exitCode = options.exitCode ?? 1;
  }
}

/** Wrong command-line use: exit status 2, like other Unix tools. */
export class UsageError extends DealbotError {
  constructor(message: string) {
    super(ErrorCode.UsageError, message, { exitCode: 2 });
  }
}

/** Missing or invalid environment variables. */
export class ConfigError extends DealbotError {
  constructor(message: string) {
    super(ErrorCode.ConfigError, message, { exitCode: 78 });
  }
}

/** The articles folder is missing, unreadable or holds no usable article. */
export class ArticlesError extends DealbotError {
  constructor(message: string, detail?: unknown) {
    super(ErrorCode.ArticlesError, message, { detail, exitCode: 66 });
  }
}

/** A question that cannot be asked (empty, too long). */
export class QuestionError extends DealbotError {
  constructor(message: string) {
    super(ErrorCode.QuestionError, message, { exitCode: 2 });
  }
}

/** The vector index could not be built or written. */
export class IndexError extends DealbotError {
  constructor(message: string, detail?: unknown) {
    super(ErrorCode.IndexError, message, { detail });
  }
}

/** The language model failed or answered something unusable. */
export class LlmError extends DealbotError {
  constructor(message: string, detail?: unknown) {
    super(ErrorCode.LlmError, message, { detail });
  }
}

/** A page or feed could not be fetched or used (refused address, not HTML, no article, duplicate…). */
export class IngestError extends DealbotError {
  constructor(message: string, detail?: unknown) {
    super(ErrorCode.IngestError, message, { detail, exitCode: 65 });
  }
}

/** One sentence for the user, whatever was thrown. Unknown errors never leak their text or stack. */
export function userMessage(err: unknown): string {
  if (err instanceof DealbotError) return err.message;
  return 'Something went wrong inside dealbot; the details are in the log.';
}
