// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import type { Lang } from '../core/model';
import type { Workload } from '../core/oversight';
import { tov } from './messages';
import { useOversightStyles } from './Oversight.styles';

/** Open items per assignee, summed over the mailboxes shown; most first. */
export function WorkloadTable({
  lang,
  workload,
}: {
  lang: Lang;
  workload: readonly Workload[];
}): React.JSX.Element {
  const s = useOversightStyles();
  const id = React.useId();
  const people = new Map<string, { name: string; open: number; overdue: number }>();
  for (const w of workload) {
    const key = w.assignee.address.toLowerCase();
    const p = people.get(key) ?? { name: w.assignee.name, open: 0, overdue: 0 };
    p.open += w.open;
    p.overdue += w.overdue;
    people.set(key, p);
  }
  const rows = [...people.entries()].sort(
    ([ka, a], [kb, b]) => b.open - a.open || (ka < kb ? -1 : 1),
  );
  return (
    <section className={s.section} aria-labelledby={id}>
      <h2 id={id} className={s.subtitle}>
        {tov(lang, 'ov.workload.heading')}
      </h2>
      {rows.length === 0 ? (
        <p>{tov(lang, 'ov.workload.empty')}</p>
      ) : (
        <table className={s.table} data-workload="">
          <thead>
            <tr>
              <th scope="col">{tov(lang, 'ov.workload.person')}</th>
              <th scope="col">{tov(lang, 'ov.workload.open')}</th>
              <th scope="col">{tov(lang, 'ov.workload.overdue')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([key, p]) => (
              <tr key={key} data-assignee={key}>
                <th scope="row">{p.name}</th>
                <td>{p.open.toLocaleString(lang)}</td>
                <td>{p.overdue.toLocaleString(lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
