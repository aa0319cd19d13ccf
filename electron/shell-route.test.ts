import { describe, expect, it } from 'vitest';
import { UntrustedSenderError } from './route';
import { routeShell, ShellFailure, type ShellHost } from './shell-route';

function host(calls: unknown[]): ShellHost {
  const record = (name: string) => async (input: unknown) => {
    calls.push([name, input]);
    return {} as never;
  };
  return {
    'workspace.new': record('workspace.new'),
    'workspace.open': async (input) => {
      calls.push(['workspace.open', input]);
      if (input.path === '/not/recent.db') throw new ShellFailure('not_found', 'Not a recent workspace');
      return { opened: true };
    },
    'workspace.saveCopy': record('workspace.saveCopy'),
    'workspace.recent': async () => ({ files: [] }),
    'file.save': async (input) => {
      calls.push(['file.save', input.name, input.bytes.byteLength]);
      return { saved: true, path: `/home/ana/${input.name}` };
    },
    'file.open': async (input) => {
      calls.push(['file.open', input]);
      return { files: [] };
    },
    'file.takeOpened': async () => {
      throw new Error('disk gone');
    },
    'app.about': record('app.about'),
  };
}

describe('routeShell', () => {
  it('refuses untrusted senders before anything runs', async () => {
    const calls: unknown[] = [];
    await expect(routeShell(host(calls), false, 'app.about', {})).rejects.toBeInstanceOf(UntrustedSenderError);
    expect(calls).toEqual([]);
  });

  it('answers unknown names and invalid input as errors, without calling the host', async () => {
    const calls: unknown[] = [];
    expect(await routeShell(host(calls), true, 'fs.readFile', {})).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await routeShell(host(calls), true, 'file.save', { name: '../../.bashrc', bytes: new Uint8Array(1) })).toMatchObject({
      ok: false,
      error: { code: 'validation', message: expect.stringMatching(/^name: /) },
    });
    expect(await routeShell(host(calls), true, 'file.save', { name: 'a.csv', bytes: 'text' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await routeShell(host(calls), true, 'file.open', { kind: 'exe' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await routeShell(host(calls), true, 'app.about', { extra: 1 })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(calls).toEqual([]);
  });

  it('passes parsed input (defaults filled) and returns the host’s answer or error', async () => {
    const calls: unknown[] = [];
    const h = host(calls);
    expect(await routeShell(h, true, 'file.save', { name: 'cn.lodestone', bytes: new Uint8Array(3) })).toEqual({
      ok: true,
      value: { saved: true, path: '/home/ana/cn.lodestone' },
    });
    expect(await routeShell(h, true, 'file.open', { kind: 'csv' })).toEqual({ ok: true, value: { files: [] } });
    expect(await routeShell(h, true, 'workspace.open', undefined)).toEqual({ ok: true, value: { opened: true } });
    expect(await routeShell(h, true, 'workspace.open', { path: '/not/recent.db' })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'Not a recent workspace' },
    });
    expect(await routeShell(h, true, 'file.takeOpened', {})).toEqual({ ok: false, error: { code: 'internal', message: 'disk gone' } });
    expect(calls).toEqual([
      ['file.save', 'cn.lodestone', 3],
      ['file.open', { kind: 'csv', multiple: false }],
      ['workspace.open', {}],
      ['workspace.open', { path: '/not/recent.db' }],
    ]);
  });
});
