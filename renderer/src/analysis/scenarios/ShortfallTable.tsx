// Months to shortfall (first month with supply below half of plan), soonest first, with the
// tonnes short over the run.
import { tonnes } from '../logic/format';
import { percent } from '../logic/format';
import type { ShortfallRow } from '../logic/scenarioResults';

export function ShortfallTable({ rows, months, caption }: { rows: readonly ShortfallRow[]; months: number; caption: string }) {
  return (
    <table className="analysis-table shortfall-table" aria-label={caption}>
      <thead>
        <tr>
          <th scope="col">Facility</th>
          <th scope="col">Stage</th>
          <th scope="col">Country</th>
          <th scope="col" className="num">Months to shortfall</th>
          <th scope="col" className="num">Shortfall</th>
          <th scope="col" className="num">Lowest supply</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} data-id={r.id} className={r.monthsToShortfall !== null && r.monthsToShortfall <= 6 ? 'is-short-soon' : undefined}>
            <th scope="row">
              {r.name}
              {r.onlineFrom !== null ? <span className="badge online-badge">online from month {r.onlineFrom}</span> : null}
            </th>
            <td>{r.stage}</td>
            <td>{r.country}</td>
            <td className="num months-cell">{r.monthsToShortfall === null ? `None in ${months}` : r.monthsToShortfall}</td>
            <td className="num">{tonnes(r.shortfallTonnes)}</td>
            <td className="num">{percent(r.lowest, 0)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
