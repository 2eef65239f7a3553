// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import { ToggleButton } from '@fluentui/react-components';
import type { OverviewCounts } from '../core/oversight';
import type { Lang } from '../core/model';
import { countLabel } from '../core/oversight/digest';
import { tov } from './messages';
import { useOversightStyles } from './Oversight.styles';
import { LISTS } from './rows';
import type { ListName } from './rows';

/** The counts as cards; a card shows its list in the grid below. */
export function CountCards({
  lang,
  counts,
  selected,
  onSelect,
}: {
  lang: Lang;
  counts: Omit<OverviewCounts, 'address'>;
  selected: ListName;
  onSelect: (list: ListName) => void;
}): React.JSX.Element {
  const s = useOversightStyles();
  return (
    <ul className={s.cards} aria-label={tov(lang, 'ov.cards')}>
      {LISTS.map((list) => (
        <li key={list}>
          <ToggleButton
            className={s.card}
            checked={selected === list}
            appearance={selected === list ? 'primary' : 'secondary'}
            onClick={() => onSelect(list)}
            data-list={list}
          >
            <span className={s.count} data-count={list}>
              {counts[list].toLocaleString(lang)}
            </span>
            <span>{countLabel(list, lang)}</span>
          </ToggleButton>
        </li>
      ))}
    </ul>
  );
}
