// Chokepoints for all OEMs: facilities and countries ranked by the share of the OEMs' supply
// passing through them, single points of failure marked and listed.
import type { ChokepointsResult } from '../../../../db/model/analysis';
import { chokepointRows, countryChokepoints } from '../../analysis/logic/chokepoints';
import { percent, tonnes } from '../../analysis/logic/format';
import { countryColor } from '../../diagram/model/style';
import { formatNumber, plural } from '../../logic/format';
import { ShareBar } from './Bars';

const FACILITIES_LISTED = 20;

export function ChokepointSection({ result, oems }: { result: ChokepointsResult; oems: number }) {
  const rows = chokepointRows(result, FACILITIES_LISTED);
  const countries = countryChokepoints(result, 10);
  const spofs = result.single_points_of_failure_detail;
  return (
    <section className="report-section report-new-page" aria-labelledby="report-chokepoints">
      <h2 id="report-chokepoints">Chokepoints for all OEMs</h2>
      <p className="report-lead">
        The share of the inbound material of all {plural(oems, 'OEM')} ({tonnes(result.inbound_t)} a year) that passes through each country and facility. A single
        point of failure is a facility every supply path to an OEM passes through.
      </p>

      <h3>Countries</h3>
      <table className="report-table report-chokepoint-countries" aria-label="Chokepoint countries">
        <thead>
          <tr>
            <th scope="col" className="num">#</th>
            <th scope="col">Country</th>
            <th scope="col" className="num">Share of supply</th>
            <th scope="col" className="report-bar-col" />
          </tr>
        </thead>
        <tbody>
          {countries.map((c, i) => (
            <tr key={c.country} data-country={c.country}>
              <td className="num">{i + 1}</td>
              <th scope="row">{c.name}</th>
              <td className="num">{percent(c.share)}</td>
              <td className="report-bar-col">
                <ShareBar share={c.share} color={countryColor(c.country)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>Facilities</h3>
      <table className="report-table report-chokepoint-facilities" aria-label="Chokepoint facilities">
        <thead>
          <tr>
            <th scope="col" className="num">#</th>
            <th scope="col">Facility</th>
            <th scope="col">Stage</th>
            <th scope="col">Country</th>
            <th scope="col" className="num">Share of supply</th>
            <th scope="col">Single point of failure</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className={r.spof ? 'is-spof' : undefined}>
              <td className="num">{r.rank}</td>
              <th scope="row">{r.name}</th>
              <td>{r.stageLabel}</td>
              <td>{r.countryName}</td>
              <td className="num">{percent(r.share)}</td>
              <td>
                {r.spof ? (
                  <span className="report-flag">{r.spof.allTargets ? 'For every OEM' : `For ${plural(r.spof.targets, 'OEM')}`}</span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.facilities.length > rows.length ? (
        <p className="report-note">{formatNumber(result.facilities.length - rows.length)} facilities with smaller shares are not listed.</p>
      ) : null}

      <h3>Single points of failure</h3>
      {spofs.length ? (
        <ul className="report-list" aria-label="Single points of failure">
          {spofs.map((s) => (
            <li key={s.id}>
              <strong>{s.name}</strong> ({s.country}): cuts off {s.all_targets ? 'every OEM' : plural(s.targets, 'OEM')}, {percent(s.cuts_share)} of their supply.
            </li>
          ))}
        </ul>
      ) : (
        <p className="report-note">None: every OEM has more than one supply path at every stage.</p>
      )}
    </section>
  );
}
