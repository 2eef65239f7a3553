// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import { Combobox, Field, Option, OptionGroup } from '@fluentui/react-components';
import { mailboxName, matchesQuery, sameAddress } from '../../app/case-rules';
import type { CaseSession } from '../../app/case-session';
import type { Lang } from '../../core/model';
import type { Person } from '../../core/state';
import type { Candidate } from '../../services/people';
import { expandIcon } from '../shell/fluentWords';
import { tc } from './messages';

export interface AssigneePickerProps {
  readonly lang: Lang;
  readonly session: CaseSession;
  readonly mailbox: string | null;
  readonly disabled: boolean;
  readonly onAssign: (p: Person) => void;
}

interface AssigneePickerState extends AssigneePickerProps {
  readonly query: string;
  readonly setQuery: (q: string) => void;
  readonly members: readonly Candidate[];
  readonly others: readonly Candidate[];
  readonly searching: boolean;
  readonly byAddress: ReadonlyMap<string, Candidate>;
  readonly mailboxLabel: string;
}

/** The access group's members once, and the directory as the user types (after a pause). */
function useCandidates(
  session: CaseSession,
  query: string,
): { members: Candidate[]; found: Candidate[]; searching: boolean } {
  const [members, setMembers] = React.useState<Candidate[]>([]);
  const [found, setFound] = React.useState<Candidate[]>([]);
  const [searching, setSearching] = React.useState(false);

  React.useEffect(() => {
    let live = true;
    session.members().then(
      (list) => live && setMembers(list),
      () => undefined, // The directory search still works.
    );
    return () => {
      live = false;
    };
  }, [session]);

  React.useEffect(() => {
    if (query.trim().length < 2) {
      setFound([]);
      return;
    }
    let live = true;
    setSearching(true);
    const timer = setTimeout(() => {
      session
        .searchPeople(query)
        .then((list) => live && setFound(list))
        .catch(() => live && setFound([]))
        .finally(() => live && setSearching(false));
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [session, query]);

  return { members, found, searching };
}

function useAssigneePicker(props: AssigneePickerProps): AssigneePickerState {
  const [query, setQuery] = React.useState('');
  const { members, found, searching } = useCandidates(props.session, query);
  const shown = members.filter((m) => matchesQuery(m, query));
  const others = found.filter((f) => !members.some((m) => sameAddress(m, f)));
  return {
    ...props,
    query,
    setQuery,
    members: shown,
    others,
    searching,
    byAddress: new Map([...members, ...others].map((p) => [p.address.toLowerCase(), p])),
    mailboxLabel: props.mailbox ? mailboxName(props.session.profile, props.mailbox) : '',
  };
}

function renderAssigneePicker(s: AssigneePickerState): React.JSX.Element {
  const { lang } = s;
  return (
    <Field label={tc(lang, 'case.assignee.label')}>
      <Combobox
        freeform
        expandIcon={expandIcon(lang, tc(lang, 'case.assignee.label'))}
        disabled={s.disabled}
        value={s.query}
        placeholder={tc(lang, 'case.assignee.placeholder')}
        onChange={(e) => s.setQuery(e.target.value)}
        onOptionSelect={(_, data) => {
          const p = data.optionValue ? s.byAddress.get(data.optionValue) : undefined;
          if (p) {
            s.setQuery('');
            s.onAssign(p);
          }
        }}
        data-case="assignee-picker"
      >
        {s.members.length > 0 && (
          <OptionGroup label={tc(lang, 'case.assignee.members', { mailbox: s.mailboxLabel })}>
            {s.members.map((p) => (
              <Option key={p.address} value={p.address.toLowerCase()} text={p.name}>
                {p.name}
              </Option>
            ))}
          </OptionGroup>
        )}
        {s.others.length > 0 && (
          <OptionGroup label={tc(lang, 'case.assignee.directory')}>
            {s.others.map((p) => (
              <Option key={p.address} value={p.address.toLowerCase()} text={p.name}>
                {p.jobTitle ? `${p.name} (${p.jobTitle})` : p.name}
              </Option>
            ))}
          </OptionGroup>
        )}
        {s.members.length === 0 && s.others.length === 0 && (
          <Option disabled value="" text="">
            {s.searching ? tc(lang, 'case.assignee.searching') : tc(lang, 'case.assignee.no-match')}
          </Option>
        )}
      </Combobox>
    </Field>
  );
}

/** "Tildel til": the mailbox's access group first, then anyone in the directory. */
export function AssigneePicker(props: AssigneePickerProps): React.JSX.Element {
  return renderAssigneePicker(useAssigneePicker(props));
}
