// The one line that tells what a CSV import did: what it created, updated and left as it was.
import type { ImportReport } from '../../../../db/api';
import { plural } from '../../logic/format';

/** "2 materials, 3 facilities and 0 flows created, 1 updated, 4 unchanged"; materials only when some were created. */
export function csvImportSummary(report: ImportReport): string {
  const { created, updated, unchanged } = report;
  const parts = [
    ...(created.materials > 0 ? [plural(created.materials, 'material')] : []),
    plural(created.facilities, 'facility', 'facilities'),
    plural(created.flows, 'flow'),
  ];
  const made = `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]!} created`;
  const sum = (counts: { materials: number; facilities: number; flows: number }) => counts.materials + counts.facilities + counts.flows;
  const kept = sum(unchanged);
  return `${made}, ${sum(updated)} updated${kept > 0 ? `, ${kept} unchanged` : ''}`;
}
