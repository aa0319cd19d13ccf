import { describe, expect, it, vi } from 'vitest';
import { routeInvoke, UntrustedSenderError, type CallService } from './route';

function fakeService(): CallService & { call: ReturnType<typeof vi.fn> } {
  return { call: vi.fn(() => ({ ok: true, value: { counts: {} } }) as never) };
}

describe('routeInvoke', () => {
  it('calls the service for a known op from a trusted sender', () => {
    const service = fakeService();
    const input = { limit: 5 };
    expect(routeInvoke(service, true, 'history.list', input)).toEqual({ ok: true, value: { counts: {} } });
    expect(service.call).toHaveBeenCalledWith('history.list', input);
  });

  it('rejects untrusted senders without calling anything', () => {
    const service = fakeService();
    expect(() => routeInvoke(service, false, 'workspace.info', {})).toThrow(UntrustedSenderError);
    expect(service.call).not.toHaveBeenCalled();
  });

  it('answers not_found for names that are not ops', () => {
    const service = fakeService();
    for (const name of ['nope', '__proto__', 'constructor', 42, null, undefined, { toString: () => 'workspace.info' }]) {
      expect(routeInvoke(service, true, name, {})).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
    expect(service.call).not.toHaveBeenCalled();
  });
});
