// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import {
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  Link,
  createTableColumn,
} from '@fluentui/react-components';
import type { TableColumnDefinition } from '@fluentui/react-components';
import { formatDate, formatInstant } from '../core/calendar/format';
import { parseLocalDate } from '../core/calendar';
import { stateMessages } from '../core/state/messages';
import { countLabel } from '../core/oversight/digest';
import { tov } from './messages';
import { useOversightStyles } from './Oversight.styles';
import type { OversightPorts } from './ports';
import type { GridRow, ListName } from './rows';

/** More rows than this are not drawn at once; the count says how many there are. */
const SHOWN = 500;

const text = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The list's messages in a sortable grid; a row opens its message in Outlook. */
export function RowsGrid({
  ports,
  rows,
  list,
}: {
  ports: OversightPorts;
  rows: readonly GridRow[];
  list: ListName;
}): React.JSX.Element {
  const s = useOversightStyles();
  const { lang, profile } = ports;
  const zone = profile.timeZone;
  const open = ports.open;
  const subjectCell = (r: GridRow): React.ReactNode => {
    const label = tov(lang, 'ov.open.label', { subject: r.subject });
    return open.kind === 'link' ? (
      <Link
        href={open.link(r.id, r.mailbox)}
        target="_blank"
        rel="noopener noreferrer"
        aria-label={label}
      >
        {r.subject || '—'}
      </Link>
    ) : (
      <Link
        as="button"
        aria-label={label}
        onClick={(e) => {
          e.stopPropagation();
          open.openMessage(r.id, r.mailbox);
        }}
      >
        {r.subject || '—'}
      </Link>
    );
  };
  const columns: TableColumnDefinition<GridRow>[] = [
    createTableColumn<GridRow>({
      columnId: 'received',
      compare: (a, b) => text(a.received, b.received),
      renderHeaderCell: () => tov(lang, 'ov.col.received'),
      renderCell: (r) => formatInstant(r.received, lang, zone) ?? '',
    }),
    createTableColumn<GridRow>({
      columnId: 'subject',
      compare: (a, b) => a.subject.localeCompare(b.subject, lang),
      renderHeaderCell: () => tov(lang, 'ov.col.subject'),
      renderCell: subjectCell,
    }),
    createTableColumn<GridRow>({
      columnId: 'from',
      compare: (a, b) => text(a.from, b.from),
      renderHeaderCell: () => tov(lang, 'ov.col.from'),
      renderCell: (r) => r.from,
    }),
    createTableColumn<GridRow>({
      columnId: 'status',
      compare: (a, b) => text(a.status, b.status),
      renderHeaderCell: () => tov(lang, 'ov.col.status'),
      renderCell: (r) => stateMessages[lang][`state.status.${r.status}`],
    }),
    createTableColumn<GridRow>({
      columnId: 'assignee',
      compare: (a, b) => (a.assignee?.name ?? '').localeCompare(b.assignee?.name ?? '', lang),
      renderHeaderCell: () => tov(lang, 'ov.col.assignee'),
      renderCell: (r) => r.assignee?.name ?? tov(lang, 'ov.filter.nobody'),
    }),
    createTableColumn<GridRow>({
      columnId: 'due',
      compare: (a, b) => text(a.due ?? '9999', b.due ?? '9999'),
      renderHeaderCell: () => tov(lang, 'ov.col.due'),
      renderCell: (r) => {
        const d = r.due === undefined ? null : parseLocalDate(r.due);
        return d ? formatDate(d, lang) : '';
      },
    }),
    createTableColumn<GridRow>({
      columnId: 'mailbox',
      compare: (a, b) => text(a.mailbox, b.mailbox),
      renderHeaderCell: () => tov(lang, 'ov.col.mailbox'),
      renderCell: (r) => r.mailbox,
    }),
    ...(list === 'notStarted'
      ? [
          createTableColumn<GridRow>({
            columnId: 'age',
            compare: (a, b) => (a.ageWorkingDays ?? 0) - (b.ageWorkingDays ?? 0),
            renderHeaderCell: () => tov(lang, 'ov.col.age'),
            renderCell: (r) => String(r.ageWorkingDays ?? 0),
          }),
        ]
      : []),
  ];
  const shown = rows.slice(0, SHOWN);
  return (
    <section className={s.section} aria-label={countLabel(list, lang)}>
      <p className={s.muted} role="status" data-rows={rows.length}>
        {tov(lang, 'ov.rows', { count: rows.length.toLocaleString(lang) })}
        {rows.length > 0 ? ` · ${tov(lang, 'ov.open.hint')}` : ''}
      </p>
      {rows.length === 0 ? (
        <p>{tov(lang, 'ov.rows.empty')}</p>
      ) : (
        <DataGrid
          className={s.grid}
          items={shown}
          columns={columns}
          sortable
          getRowId={(r: GridRow) => r.key}
          aria-label={countLabel(list, lang)}
          data-list={list}
        >
          <DataGridHeader>
            <DataGridRow>
              {({ renderHeaderCell }) => (
                <DataGridHeaderCell>{renderHeaderCell()}</DataGridHeaderCell>
              )}
            </DataGridRow>
          </DataGridHeader>
          <DataGridBody<GridRow>>
            {({ item, rowId }) => (
              <DataGridRow<GridRow>
                key={rowId}
                className={s.row}
                data-id={item.id}
                onClick={() => {
                  if (open.kind === 'pane') open.openMessage(item.id, item.mailbox);
                }}
              >
                {({ renderCell }) => <DataGridCell>{renderCell(item)}</DataGridCell>}
              </DataGridRow>
            )}
          </DataGridBody>
        </DataGrid>
      )}
    </section>
  );
}
