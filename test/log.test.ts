import { afterEach, describe, expect, it, vi } from 'vitest';
import { processContext } from '../src/cli/common.js';
import { loadConfig, secretValues } from '../src/config.js';
import { createLogger, redact } from '../src/log.js';

function capture(secrets: string[] = []) {
  const lines: string[] = [];
  return { lines, logger: createLogger('debug', (l) => lines.push(l), secrets) };
}

describe('the logger keeps secrets out of log lines', () => {
  it('masks Slack and OpenAI token shapes', () => {
    const { lines, logger } = capture();
    logger.info('token xoxb-123-456-abcdef and xapp-1-A1-2-xyz and sk-proj-abcdefgh12345');
    expect(lines[0]).not.toMatch(/456-abcdef|A1-2-xyz|abcdefgh12345/);
    expect(lines[0]).toContain('xoxb-…[redacted]');
  });

  it('masks the configured secret values, whatever their shape (a key echoed in a 401)', () => {
    const { lines, logger } = capture(['plainkey-0123456789', 'signing-secret-value']);
    logger.error(new Error('401 Incorrect API key provided: plainkey-0123456789. You can find your API key at …'));
    logger.debug({ headers: { secret: 'signing-secret-value' } });
    expect(lines.join('')).not.toMatch(/plainkey-0123456789|signing-secret-value/);
    expect(lines[0]).toContain('Incorrect API key provided: [redacted]');
  });

  it('masks response URLs and Socket Mode tickets in logged envelopes', () => {
    const { lines, logger } = capture();
    const envelope = {
      envelope_id: 'e1',
      payload: { response_url: 'https://hooks.slack.com/commands/T1/123/SeCrEt', text: 'hi' },
    };
    logger.debug('Received an envelope', envelope);
    logger.debug('Connecting to wss://wss-primary.slack.com/link/?ticket=abc-TICKET-123&app_id=A1 now');
    logger.debug('{"response_url":"http://127.0.0.1:4000/respond/xyz"}');
    const text = lines.join('');
    expect(text).not.toMatch(/SeCrEt|TICKET|respond\/xyz/);
    expect(text).toContain('"payload":{"response_url":"[redacted]"');
    expect(text).toContain('ticket=[redacted]&app_id=A1');
  });

  it('leaves ordinary text alone and ignores secrets too short to be real', () => {
    expect(redact('the deal was signed on June 25', ['abc', 'deal'])).toBe('the deal was signed on June 25');
    expect(redact('key 123456 and 12345', ['123456', '12345'])).toBe('key [redacted] and 12345');
    expect(redact('see https://hooks.slack.com/actions/T1/2/abc now')).toBe('see https://hooks.slack.com/[redacted] now');
    expect(redact('no secrets here')).toBe('no secrets here');
  });

  it('drops control characters (a file name must not drive the terminal) but keeps lines', () => {
    const { lines, logger } = capture();
    logger.warn('Skipped \u001b]52;c;ZXZpbA==\u0007evil.txt:\nreason\ttab');
    expect(lines[0]).toBe('[dealbot] warn: Skipped ]52;c;ZXZpbA==evil.txt:\nreason\ttab\n');
  });

  it('respects the level', () => {
    const lines: string[] = [];
    const logger = createLogger('warn', (l) => lines.push(l));
    logger.info('no');
    logger.debug('no');
    logger.warn('yes');
    logger.error('yes too');
    expect(lines).toEqual(['[dealbot] warn: yes\n', '[dealbot] error: yes too\n']);
  });
});

describe('the command-line logger', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('is given every configured secret to mask', () => {
    const config = loadConfig({
      OPENAI_API_KEY: 'k1-123456',
      SLACK_BOT_TOKEN: 'b1-123456',
      SLACK_SIGNING_SECRET: 's1-123456',
      SLACK_APP_TOKEN: 'a1-123456',
    });
    expect(secretValues(config).sort()).toEqual(['a1-123456', 'b1-123456', 'k1-123456', 's1-123456']);
    expect(secretValues(loadConfig({}))).toEqual([]);
  });

  it('processContext wires them in: a key without the sk- prefix never reaches stderr', () => {
    vi.stubEnv('OPENAI_API_KEY', 'local-server-key-42');
    vi.stubEnv('LOG_LEVEL', 'debug');
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    processContext().logger.error('server said: bad key local-server-key-42');
    expect(written.join('')).toBe('[dealbot] error: server said: bad key [redacted]\n');
  });
});
