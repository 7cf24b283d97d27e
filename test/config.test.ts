import { describe, expect, it } from 'vitest';
import { loadConfig, PROJECT_ROOT, requireSlack } from '../src/config.js';
import { ConfigError } from '../src/errors.js';
import { createLogger, redact } from '../src/log.js';

describe('configuration', () => {
  it('defaults to the offline pipeline over seeds/ with the index in .cache/', () => {
    const c = loadConfig({});
    expect(c.seedsDir).toBe(`${PROJECT_ROOT}/seeds`);
    expect(c.indexDir).toBe(`${PROJECT_ROOT}/.cache`);
    expect(c.openai).toBeNull();
    expect(c.slack.port).toBe(3000);
  });

  it('enables the language model only with a key, and OpenAI embeddings only when a model is named', () => {
    expect(loadConfig({ OPENAI_MODEL: 'x' }).openai).toBeNull();
    const c = loadConfig({ OPENAI_API_KEY: 'sk-abc', OPENAI_BASE_URL: 'http://localhost:11434/v1', OPENAI_TIMEOUT_MS: '5000' });
    expect(c.openai).toMatchObject({
      apiKey: 'sk-abc',
      baseURL: 'http://localhost:11434/v1',
      model: 'gpt-4o-mini',
      embeddingModel: undefined,
      timeoutMs: 5000,
    });
  });

  it('names every invalid variable in one error', () => {
    expect(() => loadConfig({ PORT: 'eighty', OPENAI_BASE_URL: 'not a url', LOG_LEVEL: 'loud' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', OPENAI_BASE_URL: 'not a url', LOG_LEVEL: 'loud' });
    } catch (err) {
      expect((err as Error).message).toMatch(/PORT/);
      expect((err as Error).message).toMatch(/OPENAI_BASE_URL/);
      expect((err as Error).message).toMatch(/LOG_LEVEL/);
    }
  });

  it('names each missing Slack variable and where to find it', () => {
    expect(() => requireSlack(loadConfig({}))).toThrow(
      /SLACK_BOT_TOKEN: the Bot User OAuth Token[\s\S]*SLACK_SIGNING_SECRET: the Signing Secret/,
    );
    expect(requireSlack(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' })).botToken).toBe('xoxb-1');
  });

  it('never writes a token to the log', () => {
    const lines: string[] = [];
    const logger = createLogger('debug', (l) => lines.push(l));
    logger.error('auth failed for xoxb-123456789-abcdef and key sk-proj-abcdefghijklmnop', { token: 'xapp-1-A0-secret' });
    const out = lines.join('');
    expect(out).not.toMatch(/xoxb-123456789-abcdef|sk-proj-abcdefghijklmnop|xapp-1-A0-secret/);
    expect(redact('xoxb-1-2-3')).toContain('[redacted]');
  });

  it('treats blank values as unset', () => {
    const c = loadConfig({ PORT: '  ', OPENAI_API_KEY: ' ', LOG_LEVEL: '', SEEDS_DIR: '\t' });
    expect(c.slack.port).toBe(3000);
    expect(c.openai).toBeNull();
    expect(c.logLevel).toBeUndefined();
    expect(c.seedsDir).toBe(`${PROJECT_ROOT}/seeds`);
  });

  it('says which variables are invalid, one per line', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/^Invalid environment variables:\n {2}PORT: \S/);
  });

  it('reads plain values without the schema exactly as the schema reads them', () => {
    // Plain values take the quick path; anything else (spaces around a number, a URL) goes through the schema.
    const plain = loadConfig({ PORT: '080', SEEDS_DIR: ' /tmp/x ', FEED_INTERVAL: ' 15m ', LOG_LEVEL: 'warn', OPENAI_MAX_RETRIES: '10' });
    const spaced = loadConfig({ PORT: ' 80 ', SEEDS_DIR: '/tmp/x', FEED_INTERVAL: '15m', LOG_LEVEL: 'warn', OPENAI_MAX_RETRIES: '10' });
    expect(plain).toEqual(spaced);
    expect(plain.slack.port).toBe(80);
    expect(plain.follow.feedIntervalMs).toBe(900_000);
    expect(() => loadConfig({ LOG_LEVEL: 'warn ' })).toThrow(/LOG_LEVEL/);
    expect(() => loadConfig({ OPENAI_MAX_RETRIES: '11' })).toThrow(/OPENAI_MAX_RETRIES/);
    expect(() => loadConfig({ PORT: '65536' })).toThrow(/PORT/);
    expect(() => loadConfig({ FETCH_TIMEOUT_MS: '0' })).toThrow(/FETCH_TIMEOUT_MS/);
    expect(() => loadConfig({ DIGEST_INTERVAL: 'soon' })).toThrow(/DIGEST_INTERVAL/);
  });

  it('Socket Mode needs no signing secret', () => {
    const slack = requireSlack(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }));
    expect(slack.signingSecret).toBe('');
    expect(slack.botToken).toBe('xoxb-1');
  });
});
