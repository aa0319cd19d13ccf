// app:// path handling: only files inside the renderer folder are ever served.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appFileFor } from './app-url';

const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-app-url-')));
const renderer = path.join(tmp, 'renderer');
fs.mkdirSync(path.join(renderer, 'assets'), { recursive: true });
fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html>');
fs.writeFileSync(path.join(renderer, 'assets', 'app.js'), '');
fs.writeFileSync(path.join(tmp, 'secret.txt'), 'not for the page');
fs.symlinkSync(path.join(tmp, 'secret.txt'), path.join(renderer, 'assets', 'link.txt'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('appFileFor', () => {
  it('serves the renderer’s own files; / is index.html', () => {
    expect(appFileFor(renderer, 'app://lodestone/index.html')).toBe(path.join(renderer, 'index.html'));
    expect(appFileFor(renderer, 'app://lodestone/')).toBe(path.join(renderer, 'index.html'));
    expect(appFileFor(renderer, 'app://lodestone/assets/app.js?v=1#x')).toBe(path.join(renderer, 'assets', 'app.js'));
  });

  it.each([
    'app://lodestone/../secret.txt',
    'app://lodestone/assets/../../secret.txt',
    'app://lodestone/%2e%2e/secret.txt',
    'app://lodestone/%2E%2E/secret.txt',
    'app://lodestone/.%2e/secret.txt',
    'app://lodestone/assets/%2e%2e/%2e%2e/secret.txt',
    'app://lodestone/..%2fsecret.txt',
    'app://lodestone/assets/..%2F..%2Fsecret.txt',
    'app://lodestone/%2e%2e%2fsecret.txt',
    'app://lodestone/assets/..%5c..%5csecret.txt',
    'app://lodestone/%252e%252e/secret.txt',
    'app://lodestone/assets/link.txt',
    'app://lodestone/index.html%00.js',
    'app://lodestone/%E0%A4%A',
  ])('refuses %s', (url) => {
    expect(appFileFor(renderer, url)).toBeNull();
  });

  it('refuses other hosts, schemes, ports, credentials and folders', () => {
    expect(appFileFor(renderer, 'app://evil/index.html')).toBeNull();
    expect(appFileFor(renderer, 'file:///etc/passwd')).toBeNull();
    expect(appFileFor(renderer, 'app://lodestone:8080/index.html')).toBeNull();
    expect(appFileFor(renderer, 'app://user:pw@lodestone/index.html')).toBeNull();
    expect(appFileFor(renderer, 'app://lodestone/assets')).toBeNull();
    expect(appFileFor(renderer, 'not a url')).toBeNull();
  });
});
