// The IPC routing decision, without Electron: who may call, and what is called.
import { isOpName, type OpName, type OpResult } from '../db/api';

export interface CallService {
  call(name: string, input: unknown): OpResult<OpName>;
}

export class UntrustedSenderError extends Error {
  override readonly name = 'UntrustedSenderError';
  constructor() {
    super('Refused: IPC call from a frame that is not the Lodestone window');
  }
}

/**
 * Routes one `invoke(name, input)` from the renderer. Untrusted senders get a rejected
 * promise (their call is never run); unknown op names get {ok:false, not_found}; everything
 * else is the service's OpResult (the service validates the input with the op's schema).
 */
export function routeInvoke(service: CallService, trusted: boolean, name: unknown, input: unknown): OpResult<OpName> {
  if (!trusted) throw new UntrustedSenderError();
  if (!isOpName(name)) {
    return { ok: false, error: { code: 'not_found', message: `Unknown operation "${String(name).slice(0, 100)}"` } };
  }
  return service.call(name, input);
}
