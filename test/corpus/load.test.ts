import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadArticles } from '../../src/corpus/load.js';
import { ArticlesError } from '../../src/errors.js';
import { removeTempDirs, SEEDS_DIR, tempDir } from '../helpers/fixtures.js';

afterAll(removeTempDirs);

const GOOD = 'Officials said the agreement was signed on June 25 and that both sides would publish the details next week.\n';

describe('loading an articles folder', () => {
  it('skips binary, empty, whitespace-only and non-UTF-8 files with one reason each, and loads the rest', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'good.txt'), GOOD);
    fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    fs.writeFileSync(path.join(dir, 'empty.md'), '');
    fs.writeFileSync(path.join(dir, 'blank.txt'), '   \n\n  ');
    fs.writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 au lait: officials said the deal was signed.', 'latin1'));
    fs.writeFileSync(path.join(dir, 'menu-only.txt'), '  • Home\n  • World\n  • Sports\n');
    fs.writeFileSync(path.join(dir, 'notes.pdf'), 'not an article');
    fs.mkdirSync(path.join(dir, 'sub.txt'));
    const { articles, skipped } = await loadArticles(dir);
    expect(articles.map((a) => a.id)).toEqual(['good.txt']);
    const reasons = Object.fromEntries(skipped.map((s) => [path.basename(s.path), s.reason]));
    expect(reasons['binary.txt']).toMatch(/binary/);
    expect(reasons['empty.md']).toMatch(/empty/);
    expect(reasons['blank.txt']).toMatch(/empty/);
    expect(reasons['latin1.txt']).toMatch(/UTF-8/);
    expect(reasons['menu-only.txt']).toMatch(/no article text/);
    expect(reasons['sub.txt']).toMatch(/not a regular file/);
    expect(reasons['notes.pdf']).toBeUndefined();
  });

  it('keeps a byte-order mark in the text so offsets match the file as read', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'bom.txt'), `\uFEFF${GOOD}`);
    const { articles } = await loadArticles(dir);
    const a = articles[0];
    expect(a?.raw.startsWith('\uFEFF')).toBe(true);
    expect(a?.raw).toBe(fs.readFileSync(path.join(dir, 'bom.txt'), 'utf8'));
  });

  it('fails clearly on a missing folder and on a folder without usable articles', async () => {
    await expect(loadArticles(path.join(tempDir(), 'nope'))).rejects.toThrow(/does not exist/);
    await expect(loadArticles(tempDir())).rejects.toBeInstanceOf(ArticlesError);
    const onlyBad = tempDir();
    fs.writeFileSync(path.join(onlyBad, 'x.txt'), '');
    await expect(loadArticles(onlyBad)).rejects.toThrow(/none of its 1 files could be used/);
  });

  it('loads the seed articles byte for byte', async () => {
    const { articles, skipped } = await loadArticles(SEEDS_DIR);
    expect(skipped).toEqual([]);
    expect(articles).toHaveLength(5);
    for (const a of articles) expect(a.raw).toBe(fs.readFileSync(path.join(SEEDS_DIR, a.id), 'utf8'));
  });
});
