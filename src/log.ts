/** Minimal leveled logger writing to stderr, so stdout stays clean for `--json`. */
export interface Logger {
  debug(...msg: unknown[]): void;
  info(...msg: unknown[]): void;
  warn(...msg: unknown[]): void;
  error(...msg: unknown[]): void;
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

/** Values of these keys, and anything shaped like a token, are masked before logging. */
const SECRET_RE = /\b(xox[abposr]-[\w-]+|xapp-[\w-]+|sk-[\w-]{8,})\b/g;

function format(value: unknown): string {
  if (value instanceof Error) return value.stack ?? value.message;
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/** Slack response URLs (anyone holding one can post as the app) and Socket Mode connection tickets. */
const RESPONSE_URL_RE = /https:\/\/hooks\.slack(?:-gov)?\.com\/[^\s"'<>]+/g;
const RESPONSE_URL_FIELD_RE = /("response_url"\s*:\s*")[^"]*"/g;
const TICKET_RE = /([?&]ticket=)[^\s&"'<>]+/g;

/**
 * Masks Slack and OpenAI token shapes, response URLs, Socket Mode tickets and the configured secret values
 * themselves (a key without the `sk-` prefix, echoed back by a server's 401, is still a key).
 */
export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 6) out = out.split(secret).join('[redacted]');
  return out
    .replace(SECRET_RE, (m) => `${m.slice(0, 5)}…[redacted]`)
    .replace(RESPONSE_URL_RE, 'https://hooks.slack.com/[redacted]')
    .replace(RESPONSE_URL_FIELD_RE, '$1[redacted]"')
    .replace(TICKET_RE, '$1[redacted]');
}

/** A logger writing to stderr; `secrets` are the configured secret values, masked wherever they appear. */
export function createLogger(
  level: LogLevel = 'info',
  write: (line: string) => void = (l) => process.stderr.write(l),
  secrets: readonly string[] = [],
): Logger {
  const min = ORDER[level];
  const emit = (lvl: Exclude<LogLevel, 'silent'>, msg: unknown[]) => {
    if (ORDER[lvl] < min) return;
    // Control characters are dropped: a file name or server reply must not drive the terminal.
    const line = redact(`[dealbot] ${lvl}: ${msg.map(format).join(' ')}`, secrets).replace(
      /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g,
      '',
    );
    write(`${line}\n`);
  };
  return {
    debug: (...m) => emit('debug', m),
    info: (...m) => emit('info', m),
    warn: (...m) => emit('warn', m),
    error: (...m) => emit('error', m),
  };
}

/** A logger that drops everything; the default in tests and library use. */
export const silentLogger: Logger = createLogger('silent');
