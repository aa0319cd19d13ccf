// A second program for concurrency.test.ts: `counter-child.ts DB ATTEMPTS` adds 1 to the
// capacity of facility "counter" ATTEMPTS times through the service, each time reading it and
// updating with the revision it read (as the inspector does). Prints one JSON line: how many
// increments committed and the errors of the refused ones.
import { createService } from '../../service';
import { openWorkspace } from '../../workspace';

const [dbFile, attemptsText] = process.argv.slice(2);
const ws = openWorkspace(dbFile!);
const service = createService(ws);
let committed = 0;
const errors: { code: string; message: string }[] = [];
for (let i = 0; i < Number(attemptsText); i++) {
  const read = service.call('facilities.get', { id: 'counter' });
  if (!read.ok) throw new Error(read.error.message);
  const counter = read.value as { revision: number; capacity_t: number };
  const result = service.call('facilities.update', { id: 'counter', revision: counter.revision, changes: { capacity_t: counter.capacity_t + 1 } });
  if (result.ok) committed++;
  else errors.push(result.error);
}
process.stdout.write(`${JSON.stringify({ committed, errors })}\n`);
ws.close();
