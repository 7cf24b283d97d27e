/**
 * The Slack app: wiring only. `createSlackApp()` builds a Bolt app (HTTP or Socket Mode) around the pipeline;
 * `runSlack()` is `npm start` / `dealbot start`.
 */
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { App, type Logger as BoltLogger, HTTPReceiver, LogLevel, type Receiver, SocketModeReceiver } from '@slack/bolt';
import type { WebClientOptions } from '@slack/web-api';
import type { CliContext } from '../cli/common.js';
import { type Config, requireSlack } from '../config.js';
import { ConfigError, DealbotError, ErrorCode, UsageError } from '../errors.js';
import type { LogLevel as DealbotLogLevel, Logger } from '../log.js';
import { BotHandle, type DealbotLike, type FeedbackSink, type SlackDeps } from './answering.js';
import { followStory } from './follow-app.js';
import { HEALTH_PATH, healthHandler, startHealthServer } from './health.js';
import type { FollowCommands } from './listeners/follow.js';
import { registerListeners } from './listeners/index.js';
import { slackErrorCode } from './post.js';
import { type AnswerStore, type DeliveryLog, MemoryAnswerStore, MemoryDeliveryLog, UserRateLimiter } from './stores.js';
import { WorkQueue } from './work-queue.js';

/** How often the app rescans the articles folder (sizes and modification times only). */

/** Where Slack sends HTTP requests (events, commands, interactivity). */
export const EVENTS_PATH = '/slack/events';

/**
 * Limits of the HTTP receiver, which faces the internet before any signature is checked: Slack's payloads are
 * a few kilobytes, so bigger bodies, slow uploads and floods of connections are refused instead of buffered.
 */
export const HTTP_LIMITS: Readonly<HttpLimits> = {
  bodyBytes: 256 * 1024,
  requestTimeoutMs: 10_000,
  maxConnections: 256,
  timestampSkewSec: 5 * 60,
};

export interface HttpLimits {
  bodyBytes: number;
  requestTimeoutMs: number;
  maxConnections: number;
  /** A signed request dated further from now than this, either way, is a replay (Bolt checks only the past). */
  timestampSkewSec: number;
}

export interface CreateSlackAppOptions {
  config: Config;
  logger: Logger;
  /** The pipeline, or the promise of it: the app starts (and /healthz answers 503) while it loads. */
  bot: DealbotLike | Promise<DealbotLike>;
  /** Socket Mode; default: when SLACK_APP_TOKEN is set. */
  socketMode?: boolean;
  /** Level for Bolt's own log lines (they go through `logger`). */
  logLevel?: DealbotLogLevel;
  /** Address to listen on (Slack's requests or, in Socket Mode, the health check); default all interfaces. */
  host?: string;
  /** Answers computed at once; default 1 offline (answering is CPU-bound), 4 with a language model (I/O-bound). */
  concurrency?: number;
  deliveries?: DeliveryLog;
  answers?: AnswerStore;
  onFeedback?: FeedbackSink;
  /** Web API retry policy (rate limits are retried after Retry-After in any case). */
  retryConfig?: WebClientOptions['retryConfig'];
  /** First delay before re-posting to a failed response_url. */
  respondRetryDelayMs?: number;
  /** `/deal add` and `/deal whats-new` (the story follower); without it they are read as questions. */
  follow?: FollowCommands;
  /** HTTP receiver limits (tests shorten the timeout). */
  httpLimits?: Partial<HttpLimits>;
  /** Questions one user may ask per minute; default 10. */
  userQuestionsPerMinute?: number;
}

export interface SlackApp {
  readonly app: App;
  readonly mode: 'http' | 'socket';
  /** The pipeline's loading state. */
  readonly bot: BotHandle;
  /**
   * Checks the bot token, then listens (HTTP) or connects (Socket Mode, plus a health-check server).
   * Returns the bound port (`port` 0 picks a free one).
   */
  start(port?: number): Promise<number | null>;
  /** Stops receiving, then waits (bounded) for answers in progress. */
  stop(): Promise<void>;
  readonly port: number | null;
}

const BOLT_LEVELS: Record<DealbotLogLevel, LogLevel> = {
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
  silent: LogLevel.ERROR,
};

/** Bolt's logger interface over dealbot's (stderr, tokens redacted). */
export function boltLogger(logger: Logger, level: DealbotLogLevel = 'info'): BoltLogger {
  let current = BOLT_LEVELS[level];
  return {
    debug: (...msg) => logger.debug(...msg),
    info: (...msg) => logger.info(...msg),
    warn: (...msg) => logger.warn(...msg),
    error: (...msg) => logger.error(...msg),
    setLevel: (l) => {
      current = l;
    },
    getLevel: () => current,
    setName: () => {},
  };
}

/** The Web API base URL with the trailing slash the WebClient expects. */
function apiUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  return url.endsWith('/') ? url : `${url}/`;
}

const DEFAULT_RETRY: NonNullable<WebClientOptions['retryConfig']> = {
  retries: 4,
  factor: 2,
  minTimeout: 250,
  maxTimeout: 10_000,
  randomize: true,
};

/** Builds the Bolt app with every listener and the health route; nothing is started yet. */
export function createSlackApp(options: CreateSlackAppOptions): SlackApp {
  const { config, logger } = options;
  const slack = requireSlack(config);
  const socketMode = options.socketMode ?? Boolean(slack.appToken);
  if (socketMode && !slack.appToken) {
    throw new ConfigError(
      'Socket Mode needs SLACK_APP_TOKEN: an app-level token (xapp-…) with the connections:write scope, from "Basic Information".',
    );
  }
  if (!socketMode && !slack.signingSecret) {
    throw new ConfigError('HTTP mode needs SLACK_SIGNING_SECRET: the Signing Secret from your app\'s "Basic Information" page.');
  }
  const limits = { ...HTTP_LIMITS, ...options.httpLimits };
  const bLogger = boltLogger(logger, options.logLevel ?? config.logLevel ?? 'info');
  const bot = new BotHandle(options.bot);
  const deps: SlackDeps = {
    bot,
    queue: new WorkQueue(options.concurrency ?? (config.openai ? 4 : 1)),
    answers: options.answers ?? new MemoryAnswerStore(),
    deliveries: options.deliveries ?? new MemoryDeliveryLog(),
    logger,
    onFeedback: options.onFeedback ?? (() => {}),
    retryDelayMs: options.respondRetryDelayMs ?? 1000,
    ...(options.follow ? { follow: options.follow } : {}),
    limiter: new UserRateLimiter(options.userQuestionsPerMinute ?? 10),
  };
  const slackApiUrl = apiUrl(slack.apiUrl);
  const clientOptions = (): WebClientOptions => ({
    ...(slackApiUrl ? { slackApiUrl } : {}),
    retryConfig: options.retryConfig ?? DEFAULT_RETRY,
  });
  let receiver: Receiver;
  if (socketMode) {
    receiver = new SocketModeReceiver({
      appToken: slack.appToken as string,
      logger: bLogger,
      // Bolt gives the Socket Mode client (apps.connections.open) these Web API options.
      installerOptions: { clientOptions: clientOptions() },
    });
  } else {
    const http = new HTTPReceiver({
      signingSecret: slack.signingSecret as string,
      endpoints: EVENTS_PATH,
      customRoutes: [{ path: HEALTH_PATH, method: ['GET', 'HEAD'], handler: healthHandler(bot) }],
      logger: bLogger,
      // Acknowledge first, answer later: never hold Slack's request open while answering.
      processBeforeResponse: false,
      port: slack.port,
      bodyLimit: limits.bodyBytes,
    });
    const boltListener = http.requestListener;
    http.requestListener = (req, res) => {
      const stamp = req.headers['x-slack-request-timestamp'];
      if (typeof stamp === 'string' && Math.abs(Date.now() / 1000 - Number(stamp)) > limits.timestampSkewSec) {
        logger.warn(`Refused a request dated ${stamp}: more than ${limits.timestampSkewSec} s from now (a replay, or a wrong clock).`);
        res.writeHead(401).end();
        req.resume();
        return;
      }
      boltListener(req, res);
    };
    receiver = http;
  }
  const app = new App({
    token: slack.botToken,
    receiver,
    logger: bLogger,
    clientOptions: clientOptions(),
    // auth.test runs in init() (awaited in start()), so a bad token fails start-up with a clear message.
    deferInitialization: true,
  });
  app.error(async (error) => {
    // Logged, never rethrown: one failed request must not take the process down.
    logger.error(`Slack request failed (${slackErrorCode(error.original ?? error)}):`, error.original ?? error);
  });
  registerListeners(app, deps);

  let port: number | null = null;
  let health: { port: number; close: () => Promise<void> } | null = null;
  return {
    app,
    mode: socketMode ? 'socket' : 'http',
    bot,
    get port() {
      return port;
    },
    async start(listenPort?: number) {
      try {
        await app.init();
      } catch (err) {
        throw slackStartError(err, 'SLACK_BOT_TOKEN');
      }
      if (socketMode) {
        try {
          await app.start();
        } catch (err) {
          throw slackStartError(err, 'SLACK_APP_TOKEN');
        }
        health = await startHealthServer(bot, listenPort ?? slack.port, options.host, logger);
        port = health?.port ?? null;
        return port;
      }
      const server = await app.start(
        { port: listenPort ?? slack.port, ...(options.host ? { host: options.host } : {}) },
        {
          requestTimeout: limits.requestTimeoutMs,
          headersTimeout: limits.requestTimeoutMs,
          // How often Node checks those timeouts (its default, 30 s, would let a slow upload last 40 s).
          connectionsCheckingInterval: Math.min(1000, limits.requestTimeoutMs),
        },
      );
      server.maxConnections = limits.maxConnections;
      port = (server.address() as AddressInfo).port;
      return port;
    },
    async stop() {
      await app.stop().catch((err: unknown) => logger.debug('Stopping the receiver:', err));
      await health?.close();
      const timeout = new Promise<void>((resolve) => setTimeout(resolve, 10_000).unref());
      await Promise.race([deps.queue.idle(), timeout]);
    },
  };
}

/** A start-up failure from Slack as one sentence naming the variable to fix. */
function slackStartError(err: unknown, variable: string): DealbotError {
  const code = slackErrorCode(err);
  if (['invalid_auth', 'not_authed', 'token_revoked', 'account_inactive', 'invalid_token'].includes(code)) {
    return new ConfigError(`Slack rejected ${variable} (${code}). Copy it again from your app's settings (see docs/slack-setup.md).`);
  }
  return new DealbotError(ErrorCode.SlackError, `Could not connect to Slack (${code}). Check the network, SLACK_API_URL and ${variable}.`, {
    detail: err,
  });
}

export const START_USAGE = `Usage: npm start -- [--seeds DIR]

Runs the Slack app. With SLACK_APP_TOKEN set it connects over Socket Mode; otherwise it serves HTTP on PORT
(default 3000) at ${EVENTS_PATH}. GET ${HEALTH_PATH} answers 200 once the articles are loaded.

Environment: SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET (HTTP mode), SLACK_APP_TOKEN (Socket Mode), PORT,
SLACK_API_URL. See docs/slack-setup.md.`;

function waitForSignal(signals: NodeJS.Signals[]): { promise: Promise<NodeJS.Signals>; dispose: () => void } {
  let dispose = () => {};
  const promise = new Promise<NodeJS.Signals>((resolve) => {
    const handlers = signals.map((sig) => {
      const h = () => resolve(sig);
      process.once(sig, h);
      return [sig, h] as const;
    });
    dispose = () => {
      for (const [sig, h] of handlers) process.off(sig, h);
    };
  });
  return { promise, dispose };
}

/** `npm start` / `dealbot start`: runs until SIGINT or SIGTERM; returns the exit status. */
export async function runSlack(argv: string[], ctx: CliContext): Promise<number> {
  let values: { seeds?: string | undefined; help?: boolean | undefined };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { seeds: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: false,
    }));
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\n\n${START_USAGE}`);
  }
  if (values.help) {
    ctx.stdout.write(`${START_USAGE}\n`);
    return 0;
  }
  requireSlack(ctx.config);
  const { logger } = ctx;
  // Status lines for whoever runs the server, whatever LOG_LEVEL says (like the CLI's own messages).
  const status = (line: string) => ctx.stderr.write(`dealbot: ${line}\n`);
  const onRejection = (reason: unknown) => logger.error('Unhandled promise rejection (dealbot keeps running):', reason);
  process.on('unhandledRejection', onRejection);
  const signals = waitForSignal(['SIGINT', 'SIGTERM']);
  // A live pipeline: `/deal add`, the feeds and files added to the folder reload it; digests go to DIGEST_CHANNEL.
  const following = followStory({ config: ctx.config, logger, seedsDir: values.seeds ? path.resolve(values.seeds) : ctx.config.seedsDir });
  const slack = createSlackApp({
    config: ctx.config,
    logger,
    bot: following.bot,
    follow: following.follower,
    logLevel: ctx.config.logLevel ?? 'info',
  });
  following.attach(slack.app.client);
  try {
    const port = await slack.start();
    following.start();
    status(
      slack.mode === 'socket'
        ? `connected to Slack over Socket Mode${port === null ? '' : ` (health check on port ${port} at ${HEALTH_PATH})`}; loading the articles…`
        : `listening on port ${port} (Slack's Request URL: https://YOUR-PUBLIC-HOST${EVENTS_PATH}; health check at ${HEALTH_PATH}); loading the articles…`,
    );
    slack.bot.ready.then(
      () => status('articles loaded; answering. Stop with Ctrl-C.'),
      () => {},
    );
    const outcome = await Promise.race([
      signals.promise.then((signal) => ({ signal })),
      slack.bot.ready.then(
        () => new Promise<never>(() => {}),
        (error: unknown) => ({ error }),
      ),
    ]);
    if ('error' in outcome) throw outcome.error;
    status(`received ${outcome.signal}; shutting down.`);
    return 0;
  } finally {
    signals.dispose();
    await slack.stop();
    await following.stop();
    process.off('unhandledRejection', onRejection);
  }
}
