// Concentration by country at every stage, capacity and throughput side by side, HHI marked
// against the 1,800 threshold; then what mining figures alone show beside the whole chain.
import { HIGHLY_CONCENTRATED_HHI, type ConcentrationOverview } from '../../../../db/model/analysis';
import { miningVsChain, type ConcentrationRow } from '../../analysis/logic/concentration';
import { hhiText, percent } from '../../analysis/logic/format';
import { stageName } from '../../analysis/logic/stages';
import { formatNumber } from '../../logic/format';
import { reportConcentrationRows } from '../logic/concentration';
import { ShareBar } from './Bars';

const HHI_MAX = 10_000;

function BasisCells({ row, basis }: { row: ConcentrationRow | null; basis: 'capacity' | 'throughput' }) {
  if (!row) {
    return (
      <td colSpan={3} className="report-small report-muted">
        No {basis} figures
      </td>
    );
  }
  return (
    <>
      <td className="num">{formatNumber(Math.round(row.total))}</td>
      <td className="report-small">{row.top.map((c) => `${c.name} ${percent(c.share, 0)}`).join(', ')}</td>
      <td className={`num report-hhi${row.highlyConcentrated ? ' is-concentrated' : ''}`} data-basis={basis}>
        <span className="report-hhi-value">{hhiText(row.hhi)}</span>
        <ShareBar share={row.hhi / HHI_MAX} color={row.highlyConcentrated ? '#b42318' : '#5a6574'} mark={HIGHLY_CONCENTRATED_HHI / HHI_MAX} />
        {row.highlyConcentrated ? <span className="report-flag">Highly concentrated</span> : null}
      </td>
    </>
  );
}

export function ConcentrationSection({ overview }: { overview: ConcentrationOverview }) {
  const rows = reportConcentrationRows(overview);
  const compare = miningVsChain(overview, 'capacity', 6);
  const leader = compare.rows[0];
  return (
    <section className="report-section report-new-page" aria-labelledby="report-concentration">
      <h2 id="report-concentration">Concentration by stage</h2>
      <p className="report-lead">
        Shares by country of each stage's operating capacity and of what it ships (throughput). HHI is the sum of squared percentage shares, 0 to 10,000; above{' '}
        {formatNumber(HIGHLY_CONCENTRATED_HHI)} (the mark on each bar) is highly concentrated, after the 2023 US merger guidelines.
      </p>
      {rows.length ? (
        <table className="report-table report-concentration" aria-labelledby="report-concentration">
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                Stage
              </th>
              <th scope="colgroup" colSpan={3}>
                Capacity
              </th>
              <th scope="colgroup" colSpan={3}>
                Throughput
              </th>
            </tr>
            <tr>
              <th scope="col" className="num">t/yr</th>
              <th scope="col">Largest countries</th>
              <th scope="col" className="num">HHI</th>
              <th scope="col" className="num">t/yr</th>
              <th scope="col">Largest countries</th>
              <th scope="col" className="num">HHI</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.stage} data-stage={r.stage}>
                <th scope="row">{r.label}</th>
                <BasisCells row={r.capacity} basis="capacity" />
                <BasisCells row={r.throughput} basis="throughput" />
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="report-note">No operating facility has a capacity or shipments recorded yet.</p>
      )}

      {leader ? (
        <>
          <h3>Mining only vs whole chain</h3>
          <p className="report-lead">
            {compare.miningHhi !== null ? `Mining HHI ${hhiText(compare.miningHhi)}. ` : 'No mining capacity recorded. '}
            {compare.peakHhi ? `The most concentrated stage from mine to magnet is ${compare.peakHhi.label.toLowerCase()} (HHI ${hhiText(compare.peakHhi.hhi)}). ` : ''}
            Mining statistics show {leader.name} with {percent(leader.mining, 0)} of the capacity; along the chain its share reaches {percent(leader.peak, 0)} (
            {stageName(leader.peakStage).toLowerCase()}).
          </p>
          <table className="report-table report-compare" aria-label="Mining only vs whole chain">
            <thead>
              <tr>
                <th scope="col">Country</th>
                <th scope="col" className="num">Share of mining</th>
                <th scope="col" className="num">Largest share at any stage</th>
                <th scope="col">At</th>
              </tr>
            </thead>
            <tbody>
              {compare.rows.map((c) => (
                <tr key={c.country} data-country={c.country}>
                  <th scope="row">{c.name}</th>
                  <td className="num">{percent(c.mining)}</td>
                  <td className="num">{percent(c.peak)}</td>
                  <td>{stageName(c.peakStage)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
