/**
 * Article folders and front matter written by someone else: links out of the folder, front matter built to
 * crash the parser, aliases, unclosed blocks, dates that are not dates, oversized files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_FRONT_MATTER_CHARS, MAX_FRONT_MATTER_NESTING, parseFrontMatter } from '../../src/corpus/frontmatter.js';
import { loadArticle, loadArticles } from '../../src/corpus/load.js';
import { removeTempDirs, tempDir } from '../helpers/fixtures.js';

afterAll(removeTempDirs);

const BODY = 'Officials said the agreement was signed on June 25 and that both sides would publish the details next week.\n';
const fm = (yaml: string) => `---\n${yaml}\n---\n${BODY}`;

describe('front matter', () => {
  it('reads the five fields, accepting `source` for the outlet and `date` for published', () => {
    const r = parseFrontMatter(fm('title: T\nurl: https://e.org/a\nsource: Example Daily\nauthor: Jo\ndate: 2025-06-27'));
    expect(r.warning).toBeUndefined();
    expect(r.data).toEqual({ title: 'T', url: 'https://e.org/a', outlet: 'Example Daily', author: 'Jo', published: '2025-06-27' });
    expect(r.bodyStart).toBe(fm('title: T\nurl: https://e.org/a\nsource: Example Daily\nauthor: Jo\ndate: 2025-06-27').indexOf(BODY));
  });

  it('prefers `outlet` over `source` and `published` over `date`', () => {
    const r = parseFrontMatter(fm('outlet: A\nsource: B\npublished: 2025-06-27\ndate: 2024-01-01'));
    expect(r.data).toEqual({ outlet: 'A', published: '2025-06-27' });
  });

  it('body starts right after the closing line, with CRLF line ends and with `...` as the closing line', () => {
    const crlf = `---\r\ntitle: T\r\n---\r\n${BODY}`;
    expect(crlf.slice(parseFrontMatter(crlf).bodyStart)).toBe(BODY);
    const dots = `---\ntitle: T\n...\n${BODY}`;
    const r = parseFrontMatter(dots);
    expect(dots.slice(r.bodyStart)).toBe(BODY);
    expect(r.data.title).toBe('T');
  });

  it('text without an opening line has no front matter; an unclosed block is text, with a warning', () => {
    expect(parseFrontMatter(BODY)).toEqual({ data: {}, bodyStart: 0 });
    const unclosed = `---\ntitle: T\n${BODY}`;
    expect(parseFrontMatter(unclosed)).toEqual({
      data: {},
      bodyStart: 0,
      warning: 'front matter has no closing "---" line; treated as text',
    });
  });

  it('a date that is not a date is dropped with a warning, the other fields kept', () => {
    const r = parseFrontMatter(fm('title: T\npublished: sometime soon'));
    expect(r.data).toEqual({ title: 'T' });
    expect(r.warning).toBe('front matter date "sometime soon" is not a date; ignored');
  });

  it('an empty block and a block that is not a mapping', () => {
    const empty = fm('');
    expect(parseFrontMatter(empty)).toEqual({ data: {}, bodyStart: empty.indexOf(BODY) });
    const list = parseFrontMatter(fm('- a\n- b'));
    expect(list.data).toEqual({});
    expect(list.warning).toMatch(/not a mapping/);
  });

  it('refuses oversized front matter before parsing it', () => {
    const big = fm(`title: ${'x'.repeat(MAX_FRONT_MATTER_CHARS)}`);
    const r = parseFrontMatter(big);
    expect(r.data).toEqual({});
    expect(r.warning).toBe(`front matter is longer than ${MAX_FRONT_MATTER_CHARS} characters; ignored`);
    expect(big.slice(r.bodyStart)).toBe(BODY);
    // Just under the limit is read.
    // (The block is the text between the two `---` lines, its final line break included.)
    const fits = `title: ${'x'.repeat(MAX_FRONT_MATTER_CHARS - 'title: '.length - 1)}`;
    expect(parseFrontMatter(fm(fits)).data.title).toHaveLength(MAX_FRONT_MATTER_CHARS - 'title: '.length - 1);
    expect(parseFrontMatter(fm(`${fits}x`)).warning).toMatch(/longer than/);
  });

  it('refuses deeply nested front matter (50,000 `[` would exhaust the parser) but reads shallow nesting', () => {
    const deep = parseFrontMatter(fm(`title: ${'['.repeat(MAX_FRONT_MATTER_NESTING + 1)}${']'.repeat(MAX_FRONT_MATTER_NESTING + 1)}`));
    expect(deep.warning).toBe(`front matter is nested deeper than ${MAX_FRONT_MATTER_NESTING} levels; ignored`);
    const shallow = parseFrontMatter(
      fm(`title: T\ntags: ${'['.repeat(MAX_FRONT_MATTER_NESTING)}${']'.repeat(MAX_FRONT_MATTER_NESTING)}\nother: {a: [1]}`),
    );
    expect(shallow.warning).toBeUndefined();
    expect(shallow.data.title).toBe('T');
    // Closing brackets bring the depth back down: many shallow lists in a row are fine.
    expect(parseFrontMatter(fm(`title: T\nx: [${'[1], '.repeat(100)}[1]]`)).warning).toBeUndefined();
  });

  it('refuses a YAML alias bomb without expanding it', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    // Three levels of nine: 729 strings from 18 aliases (yaml's own default limit, 100, lets this through).
    for (let i = 1; i < 3; i++) {
      const prev = String.fromCharCode(96 + i);
      const next = String.fromCharCode(97 + i);
      lines.push(`${next}: &${next} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    lines.push('title: T');
    const r = parseFrontMatter(fm(lines.join('\n')));
    expect(r.data).toEqual({});
    expect(r.warning).toMatch(/not valid YAML/);
  });
});

describe('the articles folder', () => {
  it('does not follow a symbolic link that leaves the folder, and follows one that stays inside', async () => {
    const root = tempDir();
    const dir = path.join(root, 'articles');
    const outside = path.join(root, 'outside');
    fs.mkdirSync(dir);
    fs.mkdirSync(outside);
    fs.writeFileSync(path.join(outside, 'secret-notes.txt'), `SECRET ${BODY}`);
    fs.writeFileSync(path.join(dir, 'real.txt'), BODY);
    fs.symlinkSync(path.join('..', 'outside', 'secret-notes.txt'), path.join(dir, 'leak.txt'));
    fs.symlinkSync(path.join(outside, 'secret-notes.txt'), path.join(dir, 'leak-absolute.txt'));
    fs.symlinkSync('real.txt', path.join(dir, 'alias.txt'));
    const { articles, skipped } = await loadArticles(dir);
    expect(articles.map((a) => a.id)).toEqual(['alias.txt', 'real.txt']);
    expect(articles.every((a) => !a.raw.includes('SECRET'))).toBe(true);
    expect(skipped.map((s) => [path.basename(s.path), s.reason])).toEqual([
      ['leak-absolute.txt', 'symbolic link to a file outside the articles folder; not followed'],
      ['leak.txt', 'symbolic link to a file outside the articles folder; not followed'],
    ]);
  });

  it('a link to a sibling folder whose name starts like the articles folder is still outside', async () => {
    const root = tempDir();
    fs.mkdirSync(path.join(root, 'articles'));
    fs.mkdirSync(path.join(root, 'articles-private'));
    fs.writeFileSync(path.join(root, 'articles-private', 'x.txt'), BODY);
    fs.symlinkSync(path.join(root, 'articles-private', 'x.txt'), path.join(root, 'articles', 'x.txt'));
    const r = await loadArticle(path.join(root, 'articles', 'x.txt'));
    expect(r).toEqual({ reason: 'symbolic link to a file outside the articles folder; not followed' });
  });

  it('skips a file over 5 MB unread; one of exactly 5 MB is read', async () => {
    const dir = tempDir();
    const limit = 5 * 1024 * 1024;
    const big = path.join(dir, 'big.txt');
    // NUL bytes: a file that gets read is then refused as binary, cheaply, which shows it passed the size check.
    fs.writeFileSync(big, Buffer.alloc(limit + 1));
    expect(await loadArticle(big)).toEqual({ reason: `too large (${limit + 1} bytes; the limit is ${limit})` });
    fs.truncateSync(big, limit);
    expect(await loadArticle(big)).toEqual({ reason: 'binary file (contains NUL bytes)' });
  });

  it('loads an article whose front matter is hostile, without the front matter, with a warning', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'bomb.md');
    fs.writeFileSync(file, fm(`title: ${'['.repeat(3_000)}`));
    const r = await loadArticle(file);
    expect('article' in r).toBe(true);
    expect(('article' in r && r.article.meta.title) || '').not.toContain('[[');
    expect('warning' in r && r.warning).toMatch(/nested deeper/);
  });
});
