import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeFor, resolveStaticPath } from './static';

describe('resolveStaticPath', () => {
  let tmp: string;
  let root: string;
  beforeAll(() => {
    tmp = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'lodestone-static-')));
    root = path.join(tmp, 'renderer');
    mkdirSync(path.join(root, 'assets'), { recursive: true });
    writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
    writeFileSync(path.join(root, 'assets', 'app.js'), '');
    writeFileSync(path.join(root, 'a b.css'), '');
    writeFileSync(path.join(tmp, 'secret.txt'), 'secret');
    writeFileSync(path.join(tmp, 'renderer-evil.txt'), 'sibling');
    symlinkSync(path.join(tmp, 'secret.txt'), path.join(root, 'link.txt'));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('maps / and folders to index.html, and files to themselves', () => {
    expect(resolveStaticPath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticPath(root, '/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/app.js')).toBe(path.join(root, 'assets', 'app.js'));
    expect(resolveStaticPath(root, '/a%20b.css')).toBe(path.join(root, 'a b.css'));
  });

  it('returns null for missing files and folders without index.html', () => {
    expect(resolveStaticPath(root, '/nope.js')).toBeNull();
    expect(resolveStaticPath(root, '/assets')).toBeNull();
    expect(resolveStaticPath(root, '/assets/')).toBeNull();
    expect(resolveStaticPath(path.join(tmp, 'missing'), '/')).toBeNull();
  });

  it('refuses every way out of the folder', () => {
    for (const p of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E/secret.txt',
      '/.%2e/secret.txt',
      '/%2e%2e%2fsecret.txt',
      '/..%2fsecret.txt',
      '/..\\secret.txt',
      '/..%5csecret.txt',
      '/assets%5c..%5c..%5csecret.txt',
      '/index.html%00.js',
      '/index.html\0',
      '/%',
      '/%zz',
      'secret.txt',
      '/./index.html',
      '/../renderer-evil.txt',
      '/link.txt',
      `/${tmp}/secret.txt`,
      '//etc/passwd',
    ]) {
      expect(resolveStaticPath(root, p), p).toBeNull();
    }
  });
});

describe('contentTypeFor', () => {
  it('names the usual web types and falls back to octet-stream', () => {
    expect(contentTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/x/app.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/x/a.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('/x/a.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('/x/a.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/x/a.json')).toBe('application/json; charset=utf-8');
    expect(contentTypeFor('/x/a.bin')).toBe('application/octet-stream');
  });
});
