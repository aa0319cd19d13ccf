// Concentration by country at each stage (capacity or throughput): top countries, HHI with
// the 1,800 "highly concentrated" mark; and the "mining only vs whole chain" comparison.
import { useMemo } from 'react';
import { HIGHLY_CONCENTRATED_HHI } from '../../../db/model/analysis';
import { countryColor } from '../diagram/model/style';
import { formatNumber } from '../logic/format';
import { PanelStatus } from './PanelStatus';
import { ShareBar } from './ShareBar';
import { concentrationRows, miningVsChain, type Basis } from './logic/concentration';
import { hhiText, percent } from './logic/format';
import { stageName } from './logic/stages';
import type { AnalysisResult as Result } from './worker/useAnalysis';
import { SectionHead } from './SectionHead';

interface Props {
  result: Result<'analysis.concentrationAll'>;
  basis: Basis;
  onBasis: (basis: Basis) => void;
}

export function ConcentrationPanel({ result, basis, onBasis }: Props) {
  const value = result.value;
  const rows = useMemo(() => (value ? concentrationRows(value, basis) : []), [value, basis]);
  const compare = useMemo(() => (value ? miningVsChain(value, basis) : null), [value, basis]);
  const unit = basis === 'capacity' ? 'capacity, t/yr' : 'shipped, t/yr';

  return (
    <div className={`analysis-panel-body${result.busy && value ? ' is-stale' : ''}`}>
      <div className="analysis-options" role="radiogroup" aria-label="Basis">
        {(['capacity', 'throughput'] as const).map((b) => (
          <label key={b} className="choice-toggle">
            <input type="radio" name="concentration-basis" value={b} checked={basis === b} onChange={() => onBasis(b)} />
            <span>{b === 'capacity' ? 'Capacity' : 'Throughput'}</span>
          </label>
        ))}
        <span className="muted small">
          HHI: sum of squared percentage shares, 0 to 10,000; above {formatNumber(HIGHLY_CONCENTRATED_HHI)} is highly concentrated (2023 US merger guidelines).
        </span>
      </div>
      <PanelStatus busy={result.busy && !value} error={result.error} empty={value && rows.length === 0 ? 'No facility has a value on this basis yet.' : null} />
      {value && rows.length ? (
        <>
          <section className="analysis-section" aria-labelledby="concentration-heading">
            <h2 id="concentration-heading" className="analysis-heading">
              Concentration by stage
            </h2>
            <table className="analysis-table concentration-table" aria-labelledby="concentration-heading">
              <thead>
                <tr>
                  <th scope="col">Stage</th>
                  <th scope="col" className="num">Facilities</th>
                  <th scope="col" className="num">Total ({unit})</th>
                  <th scope="col">Largest countries</th>
                  <th scope="col" className="num">HHI</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.stage} data-stage={r.stage} className={r.highlyConcentrated ? 'is-concentrated' : undefined}>
                    <th scope="row">{r.label}</th>
                    <td className="num">{formatNumber(r.facilities)}</td>
                    <td className="num">{formatNumber(Math.round(r.total))}</td>
                    <td>
                      <ul className="country-shares">
                        {r.top.map((c) => (
                          <li key={c.country}>
                            <span className="country-name">{c.name}</span>
                            <ShareBar share={c.share} color={countryColor(c.country)} />
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td className="num hhi-cell">
                      <span className="hhi-value">{hhiText(r.hhi)}</span>
                      {r.highlyConcentrated ? <span className="badge badge-danger">Highly concentrated</span> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          {compare && compare.rows.length ? (
            <section className="analysis-section" aria-labelledby="compare-heading">
              <SectionHead
                id="compare-heading"
                title="Mining only vs whole chain"
                note={
                  <>
                    {compare.miningHhi !== null ? `Mining HHI ${hhiText(compare.miningHhi)}` : 'No mining figures'}
                    {compare.peakHhi ? ` · most concentrated stage: ${compare.peakHhi.label} (HHI ${hhiText(compare.peakHhi.hhi)})` : ''}
                  </>
                }
              />
              <table className="analysis-table compare-table" aria-labelledby="compare-heading">
                <thead>
                  <tr>
                    <th scope="col">Country</th>
                    <th scope="col">Share of mining</th>
                    <th scope="col">Largest share at any stage</th>
                    <th scope="col">At</th>
                  </tr>
                </thead>
                <tbody>
                  {compare.rows.map((c) => (
                    <tr key={c.country} data-country={c.country}>
                      <th scope="row">{c.name}</th>
                      <td>
                        <ShareBar share={c.mining} color={countryColor(c.country)} />
                      </td>
                      <td>
                        <ShareBar share={c.peak} color={countryColor(c.country)} />
                      </td>
                      <td>{stageName(c.peakStage)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="muted small analysis-note">
                Mining statistics show {compare.rows[0]!.name} with {percent(compare.rows[0]!.mining, 0)} of the ore; further along the chain its share reaches{' '}
                {percent(compare.rows[0]!.peak, 0)} ({stageName(compare.rows[0]!.peakStage).toLowerCase()}).
              </p>
            </section>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
