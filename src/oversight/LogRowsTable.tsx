// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import { formatInstant } from '../core/calendar/format';
import type { Lang } from '../core/model';
import type { TrafficRow } from '../core/oversight/log-review';
import { tov } from './messages';
import { useOversightStyles } from './Oversight.styles';

/** Shown at once; the downloads hold every row. */
const SHOWN = 300;

/** One list of the log review: time, sender, recipients, subject (masked where it must be). */
export function LogRowsTable({
  lang,
  timeZone,
  rows,
  masked,
  withReference,
}: {
  lang: Lang;
  timeZone: string;
  rows: readonly { row: TrafficRow; reference: string }[];
  masked: ReadonlyMap<TrafficRow, string>;
  withReference: boolean;
}): React.JSX.Element | null {
  const s = useOversightStyles();
  if (rows.length === 0) return null;
  return (
    <table className={s.table}>
      <thead>
        <tr>
          <th scope="col">{tov(lang, 'ov.log.col.time')}</th>
          <th scope="col">{tov(lang, 'ov.col.from')}</th>
          <th scope="col">{tov(lang, 'ov.log.col.to')}</th>
          <th scope="col">{tov(lang, 'ov.col.subject')}</th>
          {withReference && <th scope="col">{tov(lang, 'ov.log.col.reference')}</th>}
        </tr>
      </thead>
      <tbody>
        {rows.slice(0, SHOWN).map(({ row, reference }) => (
          <tr key={`${row.messageId}|${row.time}|${row.direction}`}>
            <td>{formatInstant(row.time, lang, timeZone) ?? ''}</td>
            <td>{row.from}</td>
            <td>{row.to.join(', ')}</td>
            <td>{masked.get(row) ?? row.subject}</td>
            {withReference && <td>{reference}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
