import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import dotenv from 'dotenv';
import type { z as zType } from 'zod';
import { ConfigError } from './errors.js';
import type { LogLevel } from './log.js';

/** The project folder (where package.json lives): default home of `seeds/`, `prompts/` and `.cache/`. */
export const PROJECT_ROOT = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));

function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(from, '..');
  }
}

/** Longest question accepted; longer ones are truncated with a notice. */
export const MAX_QUESTION_CHARS = 2000;

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
/** A duration: milliseconds, or a number with s, m, h or d ("90s", "15m", "1h"). */
const DURATION_RE = /^\d+(?:\.\d+)?\s*(?:ms|s|m|h|d)?$/i;
const DURATION_HELP = 'a duration such as 30s, 15m, 1h or a number of milliseconds';

/** Milliseconds of a duration string (see DURATION_RE); null when it is not one. */
export function parseDuration(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?$/i.exec(text.trim());
  if (!m) return null;
  const unit = (m[2] ?? 'ms').toLowerCase();
  const factor = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[unit] as number;
  return Math.round(Number(m[1]) * factor);
}

const list = (v: string | undefined) =>
  (v ?? '')
    .split(/[,\s]+/)
    .map((x) => x.trim())
    .filter(Boolean);

/**
 * The schema of the environment, built when first needed: zod takes a noticeable share of a command's start
 * (~0.1 s), and the usual environment is checked without it (`parseSimple`).
 */
function envSchema() {
  const { z } = createRequire(import.meta.url)('zod') as { z: typeof zType };
  const optionalString = z.preprocess(blankToUndefined, z.string().trim().optional());
  const optionalUrl = z.preprocess(blankToUndefined, z.url({ protocol: /^https?$/ }).optional());
  return z.object({
    SEEDS_DIR: optionalString,
    INDEX_DIR: optionalString,
    LOG_LEVEL: z.preprocess(blankToUndefined, z.enum(['debug', 'info', 'warn', 'error', 'silent']).optional()),
    OPENAI_API_KEY: optionalString,
    OPENAI_BASE_URL: optionalUrl,
    OPENAI_MODEL: optionalString,
    OPENAI_EMBEDDING_MODEL: optionalString,
    OPENAI_TIMEOUT_MS: z.preprocess(blankToUndefined, z.coerce.number().int().positive().optional()),
    OPENAI_BUDGET_MS: z.preprocess(blankToUndefined, z.coerce.number().int().positive().optional()),
    OPENAI_MAX_RETRIES: z.preprocess(blankToUndefined, z.coerce.number().int().min(0).max(10).optional()),
    SLACK_BOT_TOKEN: optionalString,
    SLACK_SIGNING_SECRET: optionalString,
    SLACK_APP_TOKEN: optionalString,
    SLACK_API_URL: optionalUrl,
    PORT: z.preprocess(blankToUndefined, z.coerce.number().int().min(0).max(65535).optional()),
    FEEDS: optionalString,
    FEED_INTERVAL: z.preprocess(blankToUndefined, z.string().trim().regex(DURATION_RE, DURATION_HELP).optional()),
    STORY_TERMS: optionalString,
    DIGEST_CHANNEL: optionalString,
    DIGEST_INTERVAL: z.preprocess(blankToUndefined, z.string().trim().regex(DURATION_RE, DURATION_HELP).optional()),
    ADMIN_USER_IDS: optionalString,
    ALLOW_PRIVATE_URLS: z.preprocess(blankToUndefined, z.enum(['0', '1', 'true', 'false']).optional()),
    FETCH_TIMEOUT_MS: z.preprocess(blankToUndefined, z.coerce.number().int().positive().optional()),
    FETCH_MAX_BYTES: z.preprocess(blankToUndefined, z.coerce.number().int().positive().optional()),
  });
}

type Env = zType.infer<ReturnType<typeof envSchema>>;

const STRING_VARS = [
  'SEEDS_DIR',
  'INDEX_DIR',
  'OPENAI_API_KEY',
  'OPENAI_MODEL',
  'OPENAI_EMBEDDING_MODEL',
  'SLACK_BOT_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SLACK_APP_TOKEN',
  'FEEDS',
  'STORY_TERMS',
  'DIGEST_CHANNEL',
  'ADMIN_USER_IDS',
] as const;
/** Integers with their smallest and largest accepted values. */
const NUMBER_VARS = {
  OPENAI_TIMEOUT_MS: 1,
  OPENAI_BUDGET_MS: 1,
  OPENAI_MAX_RETRIES: 0,
  PORT: 0,
  FETCH_TIMEOUT_MS: 1,
  FETCH_MAX_BYTES: 1,
} as const;
const NUMBER_MAX: Partial<Record<keyof typeof NUMBER_VARS, number>> = { OPENAI_MAX_RETRIES: 10, PORT: 65535 };
const ENUM_VARS = {
  LOG_LEVEL: ['debug', 'info', 'warn', 'error', 'silent'],
  ALLOW_PRIVATE_URLS: ['0', '1', 'true', 'false'],
} as const;

/**
 * The environment as the schema reads it, for the plain cases (strings, small decimal integers, enum values,
 * durations, no URLs set); null for anything else, which the schema then reads (and explains when invalid).
 */
function parseSimple(env: NodeJS.ProcessEnv): Env | null {
  const out: Record<string, unknown> = {};
  const given = (name: string): string | undefined => {
    const v = env[name];
    return typeof v === 'string' && v.trim() !== '' ? v : undefined;
  };
  const names = [...STRING_VARS, ...Object.keys(NUMBER_VARS), ...Object.keys(ENUM_VARS), 'FEED_INTERVAL', 'DIGEST_INTERVAL'];
  if (names.some((name) => env[name] !== undefined && typeof env[name] !== 'string')) return null;
  if (given('OPENAI_BASE_URL') !== undefined || given('SLACK_API_URL') !== undefined) return null;
  for (const name of STRING_VARS) {
    const v = given(name);
    if (v !== undefined) out[name] = v.trim();
  }
  for (const [name, min] of Object.entries(NUMBER_VARS) as [keyof typeof NUMBER_VARS, number][]) {
    const v = given(name);
    if (v === undefined) continue;
    if (!/^\d{1,9}$/.test(v)) return null;
    const n = Number(v);
    if (n < min || n > (NUMBER_MAX[name] ?? Number.MAX_SAFE_INTEGER)) return null;
    out[name] = n;
  }
  for (const [name, values] of Object.entries(ENUM_VARS) as [keyof typeof ENUM_VARS, readonly string[]][]) {
    const v = given(name);
    if (v === undefined) continue;
    if (!values.includes(v)) return null;
    out[name] = v;
  }
  for (const name of ['FEED_INTERVAL', 'DIGEST_INTERVAL']) {
    const v = given(name);
    if (v === undefined) continue;
    if (!DURATION_RE.test(v.trim())) return null;
    out[name] = v.trim();
  }
  return out as Env;
}

/** Settings for following the story: adding pages, polling feeds, posting digests. */
export interface FollowConfig {
  /** RSS/Atom feeds polled by the running app. */
  feeds: string[];
  /** Between two polls of one feed (before any backoff). */
  feedIntervalMs: number;
  /** Words or phrases a feed item must mention (case-insensitive) to be added. */
  storyTerms: string[];
  /** Channel the "what changed" digest goes to; null: no digest. */
  digestChannel: string | null;
  /** At most one digest per this interval. */
  digestIntervalMs: number;
  /** Slack users allowed to `/deal add`. */
  adminUserIds: string[];
  /** Fetch private and loopback addresses (tests; an intranet). */
  allowPrivateUrls: boolean;
  fetchTimeoutMs: number;
  fetchMaxBytes: number;
}

/** Default story terms: the story this bot was built for. */
export const DEFAULT_STORY_TERMS = ['rare earth', 'rare-earth', 'export control'];

export interface OpenAiConfig {
  apiKey: string;
  baseURL: string | undefined;
  model: string;
  /** Set only when OpenAI embeddings were asked for with OPENAI_EMBEDDING_MODEL. */
  embeddingModel: string | undefined;
  /** How long to wait for the model's first token (and for an embeddings request). */
  timeoutMs: number;
  /** The most one answer may spend on the model, retries included; then the offline answer is shown. */
  budgetMs: number;
  /** Retries of a rate-limited or failed request (honouring Retry-After), within the budget. */
  maxRetries: number;
}

export interface SlackConfig {
  botToken: string | undefined;
  signingSecret: string | undefined;
  appToken: string | undefined;
  apiUrl: string | undefined;
  port: number;
}

export interface Config {
  seedsDir: string;
  indexDir: string;
  logLevel: LogLevel | undefined;
  /** Null when OPENAI_API_KEY is not set: the offline default. */
  openai: OpenAiConfig | null;
  slack: SlackConfig;
  follow: FollowConfig;
}

/** Loads `.env` from the project folder (quietly: stdout belongs to `--json`). Variables already set win. */
export function loadDotenv(file = path.join(PROJECT_ROOT, '.env')): void {
  if (existsSync(file)) dotenv.config({ path: file, quiet: true });
}

/**
 * Reads and validates every environment variable dealbot uses. This is the only place that reads the
 * environment; everything else receives a `Config`.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  let e = parseSimple(env);
  if (!e) {
    const parsed = envSchema().safeParse(env);
    if (!parsed.success) {
      const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
      throw new ConfigError(`Invalid environment variables:\n${lines.join('\n')}`);
    }
    e = parsed.data;
  }
  return {
    seedsDir: path.resolve(e.SEEDS_DIR ?? path.join(PROJECT_ROOT, 'seeds')),
    indexDir: path.resolve(e.INDEX_DIR ?? path.join(PROJECT_ROOT, '.cache')),
    logLevel: e.LOG_LEVEL,
    openai: e.OPENAI_API_KEY
      ? {
          apiKey: e.OPENAI_API_KEY,
          baseURL: e.OPENAI_BASE_URL,
          model: e.OPENAI_MODEL ?? 'gpt-4o-mini',
          embeddingModel: e.OPENAI_EMBEDDING_MODEL,
          timeoutMs: e.OPENAI_TIMEOUT_MS ?? 20_000,
          budgetMs: e.OPENAI_BUDGET_MS ?? Math.max(45_000, e.OPENAI_TIMEOUT_MS ?? 0),
          maxRetries: e.OPENAI_MAX_RETRIES ?? 2,
        }
      : null,
    slack: {
      botToken: e.SLACK_BOT_TOKEN,
      signingSecret: e.SLACK_SIGNING_SECRET,
      appToken: e.SLACK_APP_TOKEN,
      apiUrl: e.SLACK_API_URL,
      port: e.PORT ?? 3000,
    },
    follow: {
      feeds: list(e.FEEDS),
      feedIntervalMs: parseDuration(e.FEED_INTERVAL ?? '15m') as number,
      storyTerms: e.STORY_TERMS
        ? e.STORY_TERMS.split(',')
            .map((t) => t.trim())
            .filter(Boolean)
        : DEFAULT_STORY_TERMS,
      digestChannel: e.DIGEST_CHANNEL ?? null,
      digestIntervalMs: parseDuration(e.DIGEST_INTERVAL ?? '1h') as number,
      adminUserIds: list(e.ADMIN_USER_IDS),
      allowPrivateUrls: e.ALLOW_PRIVATE_URLS === '1' || e.ALLOW_PRIVATE_URLS === 'true',
      fetchTimeoutMs: e.FETCH_TIMEOUT_MS ?? 15_000,
      fetchMaxBytes: e.FETCH_MAX_BYTES ?? 5 * 1024 * 1024,
    },
  };
}

/** The configured secret values, for the logger to mask wherever they appear. */
export function secretValues(config: Config): string[] {
  return [config.openai?.apiKey, config.slack.botToken, config.slack.signingSecret, config.slack.appToken].filter(
    (v): v is string => typeof v === 'string' && v.length > 0,
  );
}

const SLACK_HELP: Record<string, string> = {
  SLACK_BOT_TOKEN: 'the Bot User OAuth Token (xoxb-…) from your app\'s "OAuth & Permissions" page',
  SLACK_SIGNING_SECRET: 'the Signing Secret from your app\'s "Basic Information" page',
};

/** Slack settings with the required ones present. */
export type RequiredSlackConfig = { botToken: string; signingSecret: string } & Omit<SlackConfig, 'botToken' | 'signingSecret'>;

/** The Slack settings `npm start` needs; throws one ConfigError naming every missing variable and where to get it. */
export function requireSlack(config: Config): RequiredSlackConfig {
  const missing: string[] = [];
  if (!config.slack.botToken) missing.push('SLACK_BOT_TOKEN');
  // Socket Mode does not verify request signatures, but Bolt still wants the secret for HTTP mode.
  if (!config.slack.signingSecret && !config.slack.appToken) missing.push('SLACK_SIGNING_SECRET');
  if (missing.length) {
    const lines = missing.map((name) => `  ${name}: ${SLACK_HELP[name]}`);
    throw new ConfigError(
      `Missing environment variables for the Slack app:\n${lines.join('\n')}\nSet them in .env (copy .env.example) or the environment. For Socket Mode also set SLACK_APP_TOKEN (the xapp-… app-level token with connections:write).`,
    );
  }
  return {
    ...config.slack,
    botToken: config.slack.botToken as string,
    signingSecret: config.slack.signingSecret ?? '',
  };
}
