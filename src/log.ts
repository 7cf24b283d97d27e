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

/** Masks Slack and OpenAI token shapes so a secret never reaches a log line. */
export function redact(text: string): string {
  return text.replace(SECRET_RE, (m) => `${m.slice(0, 5)}…[redacted]`);
}

export function createLogger(level: LogLevel = 'info', write: (line: string) => void = (l) => process.stderr.write(l)): Logger {
  const min = ORDER[level];
  const emit = (lvl: Exclude<LogLevel, 'silent'>, msg: unknown[]) => {
    if (ORDER[lvl] < min) return;
    write(`${redact(`[dealbot] ${lvl}: ${msg.map(format).join(' ')}`)}\n`);
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
