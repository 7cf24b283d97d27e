import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISOLATED } from '../vitest.config.js';
import { ROOT } from './helpers/run.js';

/** Test files that replace a module or a global for their own run: they must run isolated (`vitest.config.ts`). */
const REPLACES_RE = /\bvi\.(?:mock|doMock|stubEnv|stubGlobal)\(/;

function testFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? testFiles(p) : e.name.endsWith('.test.ts') ? [p] : [];
  });
}

describe('the isolated test project', () => {
  it('lists every test file that mocks a module or stubs a global', () => {
    const replacing = testFiles(path.join(ROOT, 'test'))
      .filter((f) => REPLACES_RE.test(fs.readFileSync(f, 'utf8')))
      .map((f) => path.relative(ROOT, f).split(path.sep).join('/'))
      .filter((f) => f !== 'test/isolation.test.ts');
    expect(replacing.length).toBeGreaterThan(0);
    for (const f of replacing) expect(ISOLATED).toContain(f);
  });
});
