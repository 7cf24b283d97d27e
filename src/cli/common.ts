import { type Config, loadConfig, loadDotenv, secretValues } from '../config.js';
import { DealbotError, userMessage } from '../errors.js';
import { createLogger, type Logger, type LogLevel } from '../log.js';

/** What every command-line entry point shares: .env, configuration, a stderr logger. */
export interface CliContext {
  config: Config;
  logger: Logger;
  /** Streams, injectable for tests. */
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

/** Builds the context from the process (loading `.env` first). */
export function processContext(defaultLevel: LogLevel = 'warn'): CliContext {
  loadDotenv();
  const config = loadConfig(process.env);
  return {
    config,
    logger: createLogger(config.logLevel ?? defaultLevel, undefined, secretValues(config)),
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
  };
}

/**
 * Runs a command body and turns any failure into one line on stderr and an exit status; a stack trace is
 * logged only at debug level.
 */
export async function runCommand(
  body: () => Promise<number>,
  logger?: Logger,
  stderr: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  try {
    return await body();
  } catch (err) {
    stderr.write(`dealbot: ${userMessage(err)}\n`);
    if (err instanceof DealbotError) {
      if (err.detail) logger?.debug(err.detail);
      return err.exitCode;
    }
    logger?.debug(err);
    return 1;
  }
}

/** Wraps process start-up so that even configuration errors print one line and exit non-zero. */
export async function main(run: (ctx: CliContext) => Promise<number>, defaultLevel: LogLevel = 'warn'): Promise<void> {
  let ctx: CliContext;
  try {
    ctx = processContext(defaultLevel);
  } catch (err) {
    process.stderr.write(`dealbot: ${userMessage(err)}\n`);
    process.exitCode = err instanceof DealbotError ? err.exitCode : 1;
    return;
  }
  process.exitCode = await runCommand(() => run(ctx), ctx.logger, ctx.stderr);
}
