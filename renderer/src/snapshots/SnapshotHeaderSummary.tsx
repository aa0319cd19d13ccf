// Who made a verified snapshot, when, of what part of which workspace, and what it holds.
import type { SnapshotHeader } from '../../../db/model/snapshot-types';
import { formatStamp, plural } from '../logic/format';

export function SnapshotHeaderSummary({ name, header }: { name: string; header: SnapshotHeader }) {
  const f = header.filter;
  const part = [
    f.countries.length ? `countries ${f.countries.join(', ')}` : '',
    f.materials.length ? plural(f.materials.length, 'material') : '',
    f.stages.length ? `stages ${f.stages.join(', ')}` : '',
  ].filter(Boolean);
  return (
    <dl className="snap-header" aria-label="Snapshot">
      <div>
        <dt>File</dt>
        <dd>{name}</dd>
      </div>
      <div>
        <dt>From</dt>
        <dd>{header.author || 'No author given'}</dd>
      </div>
      <div>
        <dt>Made</dt>
        <dd>{formatStamp(header.created_at)}</dd>
      </div>
      <div>
        <dt>Holds</dt>
        <dd>
          {part.length ? `Part of a workspace (${part.join('; ')})` : 'A whole workspace'}: {plural(header.counts.facilities, 'facility', 'facilities')},{' '}
          {plural(header.counts.flows, 'flow')}, {plural(header.counts.materials, 'material')}, {plural(header.counts.sources, 'source')}
          {header.counts.check_reviews ? `, ${plural(header.counts.check_reviews, 'check review')}` : ''}
          {header.counts.scenarios ? `, ${plural(header.counts.scenarios, 'scenario')}` : ''}
          {f.include_sensitive ? '' : ' (notes, sensitive sources and check reviews left out)'}
        </dd>
      </div>
    </dl>
  );
}
