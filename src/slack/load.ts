import { DealbotError, ErrorCode } from '../errors.js';

/**
 * Imports the Slack app lazily, so a missing package (such as `undici`, the peer dependency of
 * @slack/socket-mode that Bolt loads) becomes one actionable sentence instead of a stack trace.
 */
export async function loadSlackApp(): Promise<typeof import('./app.js')> {
  try {
    // Bolt first, on its own: a failure inside the TypeScript module graph is reported twice by tsx.
    await import('@slack/bolt');
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'MODULE_NOT_FOUND' || e.code === 'ERR_MODULE_NOT_FOUND') {
      const name = /Cannot find (?:module|package) '([^']+)'/.exec(e.message)?.[1] ?? 'a dependency';
      throw new DealbotError(
        ErrorCode.SlackError,
        name === 'undici'
          ? 'The Slack app cannot start: the package "undici" (needed by Bolt\'s Socket Mode client) is not installed. Run: npm install undici'
          : `The Slack app cannot start: the package "${name}" is not installed. Run: npm install`,
        { detail: err },
      );
    }
    throw err;
  }
  return import('./app.js');
}
