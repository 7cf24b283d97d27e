import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { loadConfig, loadDotenv } from '../src/config.js';
import { removeTempDirs, tempDir } from './helpers/fixtures.js';

afterAll(removeTempDirs);
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('.env loading', () => {
  it('fills variables from the file; variables already set in the environment win', () => {
    const file = path.join(tempDir(), '.env');
    fs.writeFileSync(file, 'INDEX_DIR=/from/dotenv\nLOG_LEVEL=debug\n# a comment\nPORT=4321\n');
    vi.stubEnv('INDEX_DIR', undefined);
    vi.stubEnv('PORT', undefined);
    vi.stubEnv('LOG_LEVEL', 'error');
    loadDotenv(file);
    const c = loadConfig(process.env);
    expect(c.indexDir).toBe('/from/dotenv');
    expect(c.slack.port).toBe(4321);
    expect(c.logLevel).toBe('error');
  });

  it('a missing file is not an error and changes nothing', () => {
    vi.stubEnv('INDEX_DIR', undefined);
    loadDotenv(path.join(tempDir(), 'none', '.env'));
    expect(process.env.INDEX_DIR).toBeUndefined();
  });
});
