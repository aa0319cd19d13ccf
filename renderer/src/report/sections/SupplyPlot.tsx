// The OEMs' supply month by month in a scenario, for paper: plain SVG (prints without
// "background graphics", unlike the Analysis page's canvas chart), the half-supply line
// marked, a line per OEM in the colours of the Analysis chart, the legend beneath in text.
import { SHORTFALL_RATIO } from '../../../../db/model/analysis';
import { lineColor } from '../../analysis/charts/palette';
import type { SupplyLine } from '../../analysis/logic/scenarioResults';
import { linePoints, monthTicks, monthX, PLOT, ratioY } from '../logic/supplyPlot';

const GRID = [0, 0.25, 0.5, 0.75, 1];
/** Markers on every month up to this many months; past it they would run together. */
const MARKED_MONTHS = 24;

interface Props {
  lines: readonly SupplyLine[];
  months: number;
  /** What the chart shows, for the caption and for screen readers. */
  caption: string;
}

export function SupplyPlot({ lines, months, caption }: Props) {
  const right = PLOT.width - PLOT.right;
  const bottom = PLOT.height - PLOT.bottom;
  return (
    <figure className="report-supply" data-testid="report-supply-chart">
      <svg className="report-supply-plot" viewBox={`0 0 ${PLOT.width} ${PLOT.height}`} role="img" aria-label={`${caption}; the figures are in the table below`}>
        {GRID.map((ratio) => {
          const y = ratioY(ratio);
          const half = ratio === SHORTFALL_RATIO;
          return (
            <g key={ratio} className={half ? 'is-half' : undefined}>
              <line x1={PLOT.left} x2={right} y1={y} y2={y} stroke={half ? '#b42318' : '#dde2e9'} strokeWidth={half ? 0.35 : 0.25} strokeDasharray={half ? '1.6 1' : undefined} />
              <text x={PLOT.left - 1.5} y={y + 0.9} textAnchor="end" fontSize="2.6" fill={half ? '#b42318' : '#5a6574'} fontWeight={half ? 700 : 400}>
                {Math.round(ratio * 100)}%
              </text>
            </g>
          );
        })}
        {monthTicks(months).map((month) => (
          <text key={month} x={monthX(month, months)} y={bottom + 3.6} textAnchor="middle" fontSize="2.6" fill="#5a6574">
            {month}
          </text>
        ))}
        <text x={right} y={PLOT.height - 0.4} textAnchor="end" fontSize="2.4" fill="#5a6574">
          month
        </text>
        {lines.map((line, i) => (
          <g key={line.id} data-testid="report-supply-line" data-facility={line.id}>
            {months > 1 ? <polyline points={linePoints(line.ratios)} fill="none" stroke={lineColor(i)} strokeWidth="0.6" strokeLinejoin="round" /> : null}
            {months <= MARKED_MONTHS
              ? line.ratios.map((ratio, m) => <circle key={m} cx={monthX(m + 1, months)} cy={ratioY(ratio)} r="0.75" fill={lineColor(i)} />)
              : null}
          </g>
        ))}
      </svg>
      <figcaption>
        <span className="report-small">{caption}:</span>
        <ul className="report-supply-legend">
          {lines.map((line, i) => (
            <li key={line.id}>
              <svg viewBox="0 0 6 2" aria-hidden="true">
                <line x1="0" x2="6" y1="1" y2="1" stroke={lineColor(i)} strokeWidth="0.8" />
                <circle cx="3" cy="1" r="0.75" fill={lineColor(i)} />
              </svg>
              {line.name}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
