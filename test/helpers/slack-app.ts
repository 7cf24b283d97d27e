/** Starts the real Slack app (Bolt, HTTP receiver, WebClient) on 127.0.0.1 against a FakeSlack. */
import { loadConfig } from '../../src/config.js';
import { Dealbot } from '../../src/pipeline.js';
import type { DealbotLike } from '../../src/slack/answering.js';
import { type CreateSlackAppOptions, createSlackApp, EVENTS_PATH, type SlackApp } from '../../src/slack/app.js';
import { SEEDS_DIR, tempDir } from './fixtures.js';
import type { FakeSlack } from './slack-fake-api.js';
import { type FakeLogger, fakeLogger } from './slack-fakes.js';
import { SIGNING_SECRET } from './slack-signing.js';

let seeded: Promise<Dealbot> | null = null;

/** The real pipeline over the seed articles, offline, with its index in a temp folder (built once per worker). */
export function seedBot(): Promise<Dealbot> {
  seeded ??= Dealbot.create({ config: loadConfig({}), seedsDir: SEEDS_DIR, indexDir: tempDir(), answerer: null });
  return seeded;
}

export interface TestApp {
  slack: SlackApp;
  /** Base URL of the app. */
  url: string;
  /** Where Slack posts events, commands and actions. */
  eventsUrl: string;
  logger: FakeLogger;
}

export async function startTestApp(
  fake: FakeSlack,
  bot: DealbotLike | Promise<DealbotLike>,
  env: Record<string, string> = {},
  options: Partial<CreateSlackAppOptions> = {},
): Promise<TestApp> {
  const logger = fakeLogger();
  const config = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    PORT: '0',
    ...env,
  });
  const slack = createSlackApp({
    config,
    logger,
    bot,
    host: '127.0.0.1',
    logLevel: 'debug',
    retryConfig: { retries: 2, factor: 1, minTimeout: 10, maxTimeout: 50 },
    respondRetryDelayMs: 20,
    ...options,
  });
  const port = await slack.start(0);
  const url = `http://127.0.0.1:${port}`;
  return { slack, url, eventsUrl: `${url}${EVENTS_PATH}`, logger };
}
