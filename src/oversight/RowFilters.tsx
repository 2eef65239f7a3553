// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import { Dropdown, Input, Label, Option } from '@fluentui/react-components';
import type { Lang } from '../core/model';
import type { MailboxOverview } from '../core/oversight';
import { clearButton } from '../taskpane/shell/fluentWords';
import { countLabel } from '../core/oversight/digest';
import { tov } from './messages';
import { useOversightStyles } from './Oversight.styles';
import { LISTS, NOBODY, assigneesOf } from './rows';
import type { ListName, RowFilter } from './rows';

/** The grid's filters: mailbox, list, assignee and text. */
export function RowFilters({
  lang,
  overview,
  filter,
  onChange,
}: {
  lang: Lang;
  overview: readonly MailboxOverview[];
  filter: RowFilter;
  onChange: (f: RowFilter) => void;
}): React.JSX.Element {
  const s = useOversightStyles();
  const ids = {
    mailbox: React.useId(),
    list: React.useId(),
    assignee: React.useId(),
    text: React.useId(),
  };
  const all = tov(lang, 'ov.filter.all');
  const people = React.useMemo(() => assigneesOf(overview), [overview]);
  const personName = (address: string): string =>
    address === ''
      ? all
      : address === NOBODY
        ? tov(lang, 'ov.filter.nobody')
        : (people.find((p) => p.address === address)?.name ?? address);
  return (
    <div className={s.filters} role="group" aria-label={tov(lang, 'ov.filter.list')}>
      <div className={s.field}>
        <Label id={ids.mailbox}>{tov(lang, 'ov.filter.mailbox')}</Label>
        <Dropdown
          aria-labelledby={ids.mailbox}
          clearButton={clearButton(lang)}
          value={filter.mailbox === '' ? all : filter.mailbox}
          selectedOptions={[filter.mailbox]}
          onOptionSelect={(_e, d) => onChange({ ...filter, mailbox: d.optionValue ?? '' })}
        >
          <Option value="">{all}</Option>
          {overview.map((m) => (
            <Option key={m.counts.address} value={m.counts.address}>
              {m.counts.address}
            </Option>
          ))}
        </Dropdown>
      </div>
      <div className={s.field}>
        <Label id={ids.list}>{tov(lang, 'ov.filter.list')}</Label>
        <Dropdown
          aria-labelledby={ids.list}
          clearButton={clearButton(lang)}
          value={countLabel(filter.list, lang)}
          selectedOptions={[filter.list]}
          onOptionSelect={(_e, d) =>
            onChange({ ...filter, list: (d.optionValue as ListName | undefined) ?? filter.list })
          }
        >
          {LISTS.map((list) => (
            <Option key={list} value={list}>
              {countLabel(list, lang)}
            </Option>
          ))}
        </Dropdown>
      </div>
      <div className={s.field}>
        <Label id={ids.assignee}>{tov(lang, 'ov.filter.assignee')}</Label>
        <Dropdown
          aria-labelledby={ids.assignee}
          clearButton={clearButton(lang)}
          value={personName(filter.assignee)}
          selectedOptions={[filter.assignee]}
          onOptionSelect={(_e, d) => onChange({ ...filter, assignee: d.optionValue ?? '' })}
        >
          <Option value="">{all}</Option>
          <Option value={NOBODY}>{tov(lang, 'ov.filter.nobody')}</Option>
          {people.map((p) => (
            <Option key={p.address} value={p.address}>
              {p.name}
            </Option>
          ))}
        </Dropdown>
      </div>
      <div className={s.field}>
        <Label htmlFor={ids.text}>{tov(lang, 'ov.filter.text')}</Label>
        <Input
          id={ids.text}
          type="search"
          value={filter.text}
          onChange={(_e, d) => onChange({ ...filter, text: d.value.slice(0, 200) })}
        />
      </div>
    </div>
  );
}
