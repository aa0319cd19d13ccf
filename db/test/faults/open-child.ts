// Opens (creating and migrating) a workspace at a given moment, to race another process
// doing the same; prints "opened <schema version>" or "failed <message>".
import { openWorkspace } from '../../workspace';

const [file, at] = process.argv.slice(2);
if (!file || !at) throw new Error('usage: open-child.ts <file> <epoch ms to open at>');
while (Date.now() < Number(at)) {
  // spin: a timer's wake-up would be less precise than the race needs
}
try {
  const ws = openWorkspace(file);
  console.log(`opened ${String(ws.db.pragma('user_version', { simple: true }))}`);
  ws.close();
} catch (error) {
  console.log(`failed ${(error as Error).message}`);
}
