// One CSV file's preview: its header, a mapping row (each column -> a Lodestone column or
// "ignore"), the first rows, and the problems by line. All cells are text.
import type { CsvPreview } from '../../../db/model/exchange-types';
import { formatNumber, plural } from '../logic/format';
import { IGNORE, UNSET, type ColumnChoice } from './logic/csvMapping';

interface Props {
  title: string;
  fileName: string;
  preview: CsvPreview;
  choices: readonly ColumnChoice[];
  onChoose: (column: number, choice: ColumnChoice) => void;
}

const UNSET_VALUE = '\u0000unset';

export function CsvPreviewTable({ title, fileName, preview, choices, onChoose }: Props) {
  const badLines = new Set(preview.errors.map((e) => e.line));
  return (
    <section className="csv-preview" aria-label={`${title} preview`}>
      <h3 className="snap-h3">
        {title}: {fileName} <span className="muted small">({plural(preview.total_rows, 'row')})</span>
      </h3>
      <div className="csv-table-wrap">
        <table className="csv-table">
          <thead>
            <tr>
              <th scope="col" className="csv-line">
                Line
              </th>
              {preview.header.map((h, i) => (
                <th key={i} scope="col">
                  {h}
                </th>
              ))}
            </tr>
            <tr className="csv-mapping-row">
              <th scope="row" className="csv-line">
                Maps to
              </th>
              {preview.header.map((h, i) => {
                const choice = choices[i] ?? UNSET;
                return (
                  <td key={i}>
                    <select
                      className={`input select csv-map${choice === UNSET ? ' is-unset' : ''}`}
                      aria-label={`Column "${h}" maps to`}
                      value={choice === UNSET ? UNSET_VALUE : choice}
                      onChange={(e) => onChoose(i, e.target.value === UNSET_VALUE ? UNSET : e.target.value)}
                    >
                      {choice === UNSET ? <option value={UNSET_VALUE}>Choose…</option> : null}
                      <option value={IGNORE}>Ignore</option>
                      {preview.fields.map((f) => (
                        <option key={f} value={f}>
                          {f}
                          {preview.required.includes(f) ? ' (required)' : ''}
                        </option>
                      ))}
                    </select>
                  </td>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((r) => (
              <tr key={r.line} className={badLines.has(r.line) ? 'has-error' : undefined}>
                <th scope="row" className="csv-line num">
                  {r.line}
                </th>
                {preview.header.map((_, i) => (
                  <td key={i} className={choices[i] === IGNORE ? 'is-ignored' : undefined}>
                    {r.cells[i] ?? ''}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {preview.total_rows > preview.rows.length ? (
        <p className="muted small">
          The first {formatNumber(preview.rows.length)} of {formatNumber(preview.total_rows)} rows; every row is checked.
        </p>
      ) : null}
      {preview.error_count > 0 ? (
        <div className="csv-errors" role="alert" aria-label={`Problems in ${fileName}`}>
          <p>
            <strong>{plural(preview.error_count, 'problem')}</strong> in {fileName}; nothing can be imported until they are fixed.
          </p>
          <ul data-testid="csv-errors">
            {preview.errors.map((e, i) => (
              <li key={i}>
                Line {e.line}
                {e.field ? `, ${e.field}` : ''}: {e.message}
              </li>
            ))}
          </ul>
          {preview.error_count > preview.errors.length ? <p className="muted small">…and {formatNumber(preview.error_count - preview.errors.length)} more.</p> : null}
        </div>
      ) : (
        <p className="csv-ok">No problems found.</p>
      )}
    </section>
  );
}
