/**
 * The development questions against a real model: runs only when OPENAI_API_KEY is set (with OPENAI_BASE_URL
 * and OPENAI_MODEL for another OpenAI-compatible server), skipped otherwise. `npm run test:int` runs just this.
 * What must hold with any model: every citation verbatim at its offsets, the disagreements kept, the key
 * never logged; most questions answered by the model rather than by the offline fallback.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/types.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs, SEEDS_DIR, tempDir } from '../helpers/fixtures.js';
import { ROOT } from '../helpers/run.js';

const config = loadConfig();
const live = config.openai !== null;

interface DevQuestion {
  id: string;
  question: string;
}

const questions: DevQuestion[] = fs
  .readFileSync(path.join(ROOT, 'eval', 'dev.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as DevQuestion);

describe.skipIf(!live)(`dev questions against ${config.openai?.model ?? 'a real model'} (OPENAI_API_KEY set)`, () => {
  const lines: string[] = [];
  const answers: Answer[] = [];
  let bot: Promise<Dealbot> | null = null;
  const getBot = () => {
    bot ??= Dealbot.create({
      config,
      seedsDir: SEEDS_DIR,
      indexDir: tempDir('dealbot-int-'),
      logger: createLogger('info', (l) => lines.push(l)),
    });
    return bot;
  };

  afterAll(() => removeTempDirs());

  for (const q of questions) {
    it(`${q.id}: ${q.question}`, { timeout: 120_000 }, async () => {
      const a = await (await getBot()).answerQuestion(q.question);
      answers.push(a);
      for (const c of a.citations) expect(fs.readFileSync(path.join(SEEDS_DIR, c.source), 'utf8').slice(c.start, c.end)).toBe(c.quote);
      if (a.mode === 'offline') expect(a.notices?.some((n) => n.includes('language model'))).toBe(true);
    });
  }

  it('most answers come from the model, and the key is never logged', () => {
    const byModel = answers.filter((a) => a.mode === 'llm').length;
    expect(byModel).toBeGreaterThanOrEqual(Math.ceil(answers.length * 0.7));
    for (const l of lines) expect(l).not.toContain(config.openai?.apiKey ?? '\u0000');
  });
});
