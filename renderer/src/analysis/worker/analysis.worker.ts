// The Analysis view's Web Worker: heavy analyses run here so the window never freezes.
// Messages are in protocol.ts; the work is in runner.ts.
import type { WorkerRequest, WorkerResponse } from './protocol';
import { AnalysisRunner, errorDataOf } from './runner';

const runner = new AnalysisRunner();
const post = (message: WorkerResponse) => (self as unknown as { postMessage(m: WorkerResponse): void }).postMessage(message);

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const message = event.data;
  if (message.type === 'data') {
    runner.setRecords(message.version, message.records);
    return;
  }
  if (message.type === 'patch') {
    runner.patchRecords(message.version, message.patch);
    return;
  }
  const start = performance.now();
  try {
    const value = runner.run(message.op, message.input);
    post({ type: 'result', id: message.id, ok: true, value, ms: performance.now() - start, version: runner.version });
  } catch (error) {
    post({ type: 'result', id: message.id, ok: false, error: errorDataOf(error), version: runner.version });
  }
});
