import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import dotenv from 'dotenv';
import { z } from 'zod';
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
const optionalString = z.preprocess(blankToUndefined, z.string().trim().optional());
const optionalUrl = z.preprocess(blankToUndefined, z.url({ protocol: /^https?$/ }).optional());

const EnvSchema = z.object({
  SEEDS_DIR: optionalString,
  INDEX_DIR: optionalString,
  LOG_LEVEL: z.preprocess(blankToUndefined, z.enum(['debug', 'info', 'warn', 'error', 'silent']).optional()),
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalUrl,
  OPENAI_MODEL: optionalString,
  OPENAI_EMBEDDING_MODEL: optionalString,
  OPENAI_TIMEOUT_MS: z.preprocess(blankToUndefined, z.coerce.number().int().positive().optional()),
  SLACK_BOT_TOKEN: optionalString,
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: optionalString,
  SLACK_API_URL: optionalUrl,
  PORT: z.preprocess(blankToUndefined, z.coerce.number().int().min(0).max(65535).optional()),
});

export interface OpenAiConfig {
  apiKey: string;
  baseURL: string | undefined;
  model: string;
  /** Set only when OpenAI embeddings were asked for with OPENAI_EMBEDDING_MODEL. */
  embeddingModel: string | undefined;
  timeoutMs: number;
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
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid environment variables:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
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
          timeoutMs: e.OPENAI_TIMEOUT_MS ?? 60_000,
        }
      : null,
    slack: {
      botToken: e.SLACK_BOT_TOKEN,
      signingSecret: e.SLACK_SIGNING_SECRET,
      appToken: e.SLACK_APP_TOKEN,
      apiUrl: e.SLACK_API_URL,
      port: e.PORT ?? 3000,
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
