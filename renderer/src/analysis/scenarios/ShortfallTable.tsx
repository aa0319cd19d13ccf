// Months to shortfall (first month with supply below half of plan), soonest first, with the
// tonnes short over the run; and, when another scenario is compared, its two figures beside.
import { tonnes } from '../logic/format';
import { percent } from '../logic/format';
import type { Compared, ShortfallRow } from '../logic/scenarioResults';

interface Props {
  rows: readonly ShortfallRow[];
  months: number;
  caption: string;
  compared?: ReadonlyMap<string, Compared> | null;
  /** The report prints it in its own table style. */
  className?: string;
}

const monthsText = (value: number | null, months: number) => (value === null ? `None in ${months}` : String(value));

export function ShortfallTable({ rows, months, caption, compared, className = 'analysis-table' }: Props) {
  return (
    <table className={`${className} shortfall-table`} aria-label={caption}>
      <thead>
        <tr>
          <th scope="col">Facility</th>
          <th scope="col">Stage</th>
          <th scope="col">Country</th>
          <th scope="col" className="num">Months to shortfall</th>
          <th scope="col" className="num">Shortfall</th>
          <th scope="col" className="num">Lowest supply</th>
          {compared ? (
            <>
              <th scope="col" className="num compared-col">Compared: months to shortfall</th>
              <th scope="col" className="num compared-col">Compared: shortfall</th>
            </>
          ) : null}
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
            <td className="num months-cell">{monthsText(r.monthsToShortfall, months)}</td>
            <td className="num">{tonnes(r.shortfallTonnes)}</td>
            <td className="num">{percent(r.lowest, 0)}</td>
            {compared ? <ComparedCells figures={compared.get(r.id)} months={months} /> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ComparedCells({ figures, months }: { figures: Compared | undefined; months: number }) {
  if (!figures) {
    return (
      <td className="num compared-col muted" colSpan={2}>
        Not in it
      </td>
    );
  }
  return (
    <>
      <td className="num compared-col compared-months">{monthsText(figures.monthsToShortfall, months)}</td>
      <td className="num compared-col">{tonnes(figures.shortfallTonnes)}</td>
    </>
  );
}
