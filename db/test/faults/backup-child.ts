// Takes a merge backup of a workspace at a given moment, with a given time stamp, to race
// another process doing the same; prints "backed up <file>" or "failed <message>".
import { backupWorkspace } from '../../snapshot/backup';
import { openWorkspace } from '../../workspace';

const [file, at, stamp] = process.argv.slice(2);
if (!file || !at || !stamp) throw new Error('usage: backup-child.ts <workspace> <epoch ms to start at> <ISO time of the backup>');
const ws = openWorkspace(file);
while (Date.now() < Number(at)) {
  // spin: a timer's wake-up would be less precise than the race needs
}
try {
  console.log(`backed up ${backupWorkspace(ws, 'merge', new Date(stamp))}`);
} catch (error) {
  console.log(`failed ${(error as Error).message}`);
} finally {
  ws.close();
}
