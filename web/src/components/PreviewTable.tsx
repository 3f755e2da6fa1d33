import type { Cell } from '../../../src/core/generate.js';
import { columnDoc } from '../../../src/core/focus/column-docs.js';

/** First generated rows: scrolls both ways inside its own box with a sticky header; headers explain each FOCUS column. */
export function PreviewTable({ columns, rows, totalRows }: { columns: string[]; rows: Cell[][]; totalRows: number }) {
  return (
    <section className="panel table-panel" aria-labelledby="preview-table-title">
      <div className="panel-head">
        <h3 id="preview-table-title">First rows</h3>
        <span className="muted">
          {rows.length} of {new Intl.NumberFormat().format(totalRows)} rows · {columns.length} columns
        </span>
      </div>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Preview rows, scrollable">
        <table className="data">
          <thead>
            <tr>
              <th scope="col" className="rownum">
                #
              </th>
              {columns.map((c) => {
                const doc = columnDoc(c);
                const tip = doc.summary + (doc.values ? ` Values: ${doc.values.join(', ')}.` : '') + (doc.since ? ` (FOCUS ${doc.since}+)` : '');
                return (
                  <th scope="col" key={c} title={tip} data-column={c}>
                    <span className="th-text">{c}</span>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                <td className="rownum">{i + 1}</td>
                {r.map((v, j) => (
                  <td key={j} className={v === null ? 'null' : undefined}>
                    {v === null ? 'null' : v}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
