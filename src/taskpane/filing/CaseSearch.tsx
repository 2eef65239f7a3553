// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import { Combobox, Field, Option } from '@fluentui/react-components';
import type { FilingSession, FilingState } from '../../app/filing-session';
import type { Lang } from '../../core/model';
import type { ArchiveCase } from '../../core/ports';
import { filingText } from './filingText';
import { expandIcon } from '../shell/fluentWords';
import { tf } from './messages';

/** An existing case, by its number or words of its title. */
export function CaseSearch({
  lang,
  timeZone,
  session,
  state,
  chosen,
  onChoose,
  initialQuery,
  disabled,
}: {
  lang: Lang;
  timeZone: string;
  session: FilingSession;
  state: FilingState;
  chosen: ArchiveCase | null;
  onChoose: (c: ArchiveCase | null) => void;
  initialQuery: string;
  disabled: boolean;
}): React.JSX.Element {
  const [query, setQuery] = React.useState(initialQuery);
  React.useEffect(() => {
    const timer = setTimeout(() => void session.search(query), 300);
    return () => clearTimeout(timer);
  }, [query, session]);
  const label = (c: ArchiveCase): string => `${c.number} ${c.title}`;
  const empty =
    !state.searching && state.searched !== null && state.cases.length === 0 && !state.searchError;
  return (
    <Field
      label={tf(lang, 'filing.case.search')}
      validationState={state.searchError ? 'error' : 'none'}
      validationMessage={
        state.searchError
          ? filingText(state.searchError, lang, timeZone)
          : state.searching
            ? state.signIn
              ? tf(lang, 'filing.progress.sign-in')
              : tf(lang, 'filing.case.searching')
            : empty
              ? tf(lang, 'filing.case.none-found', { query: state.searched ?? '' })
              : chosen
                ? tf(lang, 'filing.case.chosen', { number: chosen.number, title: chosen.title })
                : tf(lang, 'filing.case.choose')
      }
    >
      <Combobox
        freeform
        expandIcon={expandIcon(lang, tf(lang, 'filing.case.search'))}
        value={query}
        disabled={disabled}
        data-filing="case-search"
        data-cases={state.searching ? '' : String(state.cases.length)}
        selectedOptions={chosen ? [chosen.id] : []}
        onInput={(e) => {
          setQuery((e.target as HTMLInputElement).value);
          onChoose(null);
        }}
        onOptionSelect={(_, d) => {
          const c = state.cases.find((x) => x.id === d.optionValue) ?? null;
          onChoose(c);
          if (c) setQuery(label(c));
        }}
      >
        {state.cases.map((c) => (
          <Option key={c.id} value={c.id} text={label(c)}>
            {label(c)}
          </Option>
        ))}
      </Combobox>
    </Field>
  );
}
