// What a merge did, with how to take it back.
import type { MergeReport } from '../../../db/model/snapshot-types';
import { formatNumber, plural } from '../logic/format';
import { listedLabels } from './logic/diffGroups';
import { SHORTCUTS } from '../platform';

export function MergeResult({ report }: { report: MergeReport }) {
  const conflicts = report.conflicts.theirs + report.conflicts.mine;
  return (
    <div className="snap-result" role="status" data-testid="merge-result">
      <p>
        <strong>Merged {report.file_name}:</strong> {formatNumber(report.added)} added, {formatNumber(report.changed)} changed,{' '}
        {formatNumber(report.removed)} removed
        {conflicts ? `; conflicts: ${formatNumber(report.conflicts.theirs)} theirs, ${formatNumber(report.conflicts.mine)} mine` : ''}.
      </p>
      {report.batch_id !== null ? (
        <p className="muted small">
          {SHORTCUTS.modPrefix}Z undoes the whole merge in one step.{report.backup_path ? ` Backup made first: ${report.backup_path}` : ''}
        </p>
      ) : (
        <p className="muted small">Nothing needed changing.</p>
      )}
      {report.kept_in_use.length ? (
        <p className="small">
          Not removed, because records you keep still use {report.kept_in_use.length === 1 ? 'it' : 'them'}: {listedLabels(report.kept_in_use)} (
          {plural(report.kept_in_use.length, 'record')}).
        </p>
      ) : null}
      {report.brought_back.length ? (
        <p className="small">
          Brought back, because records merged need {report.brought_back.length === 1 ? 'it' : 'them'}: {listedLabels(report.brought_back)} (
          {plural(report.brought_back.length, 'record')}).
        </p>
      ) : null}
      {report.left_out.length ? (
        <p className="small">
          Not merged, because a record {report.left_out.length === 1 ? 'it needs' : 'they need'} stays out: {listedLabels(report.left_out)} (
          {plural(report.left_out.length, 'record')}).
        </p>
      ) : null}
    </div>
  );
}
