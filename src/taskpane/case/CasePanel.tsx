// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import {
  Button,
  Checkbox,
  Combobox,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Option,
  OptionGroup,
  ProgressBar,
  Radio,
  RadioGroup,
  Spinner,
} from '@fluentui/react-components';
import { ArrowSync20Regular } from '@fluentui/react-icons/svg/arrow-sync';
import { MESSAGE_CLASSES } from '../../core/classify/classify';
import type { MessageClass } from '../../core/classify/classify';
import { t } from '../shell/catalog';
import type { Lang } from '../../core/model';
import type { ArchiveConnector, ReadPort } from '../../core/ports';
import type { Profile } from '../../core/profile/types';
import {
  canMove,
  describeOriginalUnmarked,
  describeStanding,
  displayName,
  dueLabel,
  isOverdue,
  samePerson,
  statusLabel,
} from '../../core/state';
import type { ItemState, Person, StateAction, Status } from '../../core/state';
import { graphMessages } from '../../services/graph/messages';
import { format } from '../../core/i18n/types';
import { groupMembers, searchPeople } from '../../services/people';
import type { Candidate } from '../../services/people';
import { usePaneStyles } from '../ComposePane.styles';
import type { ReadView } from '../readView';
import type { MessageFacts } from '../useReadCheck';
import { localDateIn } from '../../core/calendar/time-zone';
import { formatLocalDate } from '../../core/calendar/local-date';
import { useCaseStyles } from './CasePanel.styles';
import { tc } from './messages';
import { hasProgress } from '../../core/archive/journal';
import type { FilingJournal } from '../../core/archive/journal';
import { journalLines } from '../filing/journalView';
import { tf } from '../filing/messages';
import { itemFiling } from '../filing/useFiling';
import { Registrar } from './Registrar';
import { SendOn } from './SendOn';
import { mailboxName, useCase } from './useCase';
import type { CaseDeps, CaseSession, CaseState, NoticeFacts } from './useCase';

const PERSON_STATUSES: readonly Status[] = ['new', 'in-progress', 'done'];

const FilingPanel = React.lazy(
  () => import(/* webpackChunkName: "filing" */ '../filing/FilingPanel'),
);

/** "Lagre i saksarkiv": a button, then the filing form in a chunk of its own. */
function Filing({
  deps,
  session,
  profile,
  lang,
  facts,
  archived,
  busy,
  journal,
}: {
  deps: CaseDeps;
  session: CaseSession;
  profile: Profile;
  lang: Lang;
  facts: MessageFacts;
  archived: boolean;
  busy: boolean;
  /** The item's filing journal: an unfinished filing, offered to be finished. */
  journal?: FilingJournal | undefined;
}): React.JSX.Element | null {
  const [open, setOpen] = React.useState(false);
  const [resume, setResume] = React.useState<FilingJournal | undefined>(undefined);
  const [attempt, setAttempt] = React.useState(0);
  const [connector, setConnector] = React.useState<ArchiveConnector | null>(null);
  const [failed, setFailed] = React.useState(false);
  const styles = useCaseStyles();
  const archive = deps.archive;
  const item = session.address;
  React.useEffect(() => {
    if (!open || !archive) return;
    let live = true;
    archive.connect(session.graph, session.actor()).then(
      (c) => live && (c ? setConnector(c) : setFailed(true)),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [open, attempt, archive, session]);
  if (!archive || !item) return null;
  // Once archived, the form stays only where it was just used (its result is there).
  if (!open && archived) return null;
  if ((!open || failed) && journal && hasProgress(journal) && !archived) {
    return (
      <MessageBar intent="warning" layout="multiline" data-filing="unfinished">
        <MessageBarBody>
          <MessageBarTitle>{tf(lang, 'filing.unfinished.title')}</MessageBarTitle>
          {journalLines(journal, lang, profile.timeZone).map((line) => (
            <p key={line} className={styles.value}>
              {line}
            </p>
          ))}
          {failed && <p className={styles.muted}>{tf(lang, 'filing.unavailable')}</p>}
        </MessageBarBody>
        <MessageBarActions>
          <Button
            data-filing="finish"
            disabled={busy}
            onClick={() => {
              setResume(journal);
              setFailed(false);
              setOpen(true);
              setAttempt((n) => n + 1);
            }}
          >
            {tf(lang, 'filing.finish')}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  if (!open || failed) {
    return (
      <div className={styles.buttons}>
        <Button
          data-filing="open"
          disabled={busy}
          onClick={() => {
            setFailed(false);
            setOpen(true);
            setAttempt((n) => n + 1);
          }}
        >
          {tf(lang, 'filing.open')}
        </Button>
        {failed && <p className={styles.muted}>{tf(lang, 'filing.unavailable')}</p>}
      </div>
    );
  }
  if (!connector) return <Spinner size="tiny" label={tf(lang, 'filing.loading')} />;
  return (
    <React.Suspense fallback={<Spinner size="tiny" />}>
      <FilingPanel
        deps={itemFiling({
          graph: session.graph,
          connector,
          item,
          profile,
          lang,
          actor: () => session.actor(),
          ...(deps.now ? { now: deps.now } : {}),
          onSnapshot: (s) => session.adopt(s),
        })}
        facts={facts}
        profile={profile}
        lang={lang}
        {...(archive.registry !== undefined ? { registry: archive.registry } : {})}
        {...(resume ? { resume } : {})}
        onClose={() => {
          setOpen(false);
          setResume(undefined);
        }}
      />
    </React.Suspense>
  );
}

export interface CasePanelProps {
  readonly deps: CaseDeps;
  readonly port: ReadPort;
  readonly profile: Profile;
  readonly lang: Lang;
  /** Arkivpost's assessment: the suggested class and due date. */
  readonly view: ReadView;
  readonly facts: MessageFacts;
}

const classLabel = (c: MessageClass, lang: Lang): string => t(lang, `class.${c}`);

/**
 * The actions that make one change: the chosen one, plus the suggested due
 * date when nobody has set one yet, so the first save also sets the Outlook
 * follow-up flag (R8).
 */
export function withSuggestedDue(
  state: ItemState,
  view: ReadView,
  actions: readonly StateAction[],
): StateAction[] {
  if (state.due !== undefined || view.due === null) return [...actions];
  if (actions.some((a) => a.type === 'set-due')) return [...actions];
  return [...actions, { type: 'set-due', due: view.due.date }];
}

function Note({
  state,
  lang,
  onRetry,
}: {
  state: CaseState;
  lang: Lang;
  onRetry: () => void;
}): React.JSX.Element | null {
  const { note, progress, busy } = state;
  return (
    <div aria-live="polite" data-case-note>
      {busy && progress && (
        <div data-case-progress={progress.attempt}>
          <ProgressBar thickness="large" aria-label={tc(lang, 'case.saving')} />
          <p>
            {format(graphMessages[lang]['graph.retrying'], {
              attempt: progress.attempt,
              max: progress.max,
            })}
          </p>
        </div>
      )}
      {busy && !progress && <Spinner size="tiny" label={tc(lang, 'case.saving')} />}
      {note && (
        <MessageBar intent={note.intent} layout="multiline" data-case-intent={note.intent}>
          <MessageBarBody>
            {note.title && <MessageBarTitle>{note.title}</MessageBarTitle>}
            {note.lines.map((l, i) => (
              <span key={i} style={{ display: 'block' }}>
                {l}
              </span>
            ))}
          </MessageBarBody>
          {note.intent === 'error' && (
            <MessageBarActions>
              <Button icon={<ArrowSync20Regular />} onClick={onRetry}>
                {tc(lang, 'case.refresh')}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
    </div>
  );
}

function useCandidates(
  session: CaseSession | null,
  profile: Profile,
  mailbox: string | null,
  query: string,
): { members: Candidate[]; found: Candidate[]; searching: boolean } {
  const [members, setMembers] = React.useState<Candidate[]>([]);
  const [found, setFound] = React.useState<Candidate[]>([]);
  const [searching, setSearching] = React.useState(false);
  const group = profile.mailboxes.find(
    (m) => mailbox !== null && m.address.toLowerCase() === mailbox.toLowerCase(),
  )?.accessGroup;

  React.useEffect(() => {
    if (!session || !group) return;
    let live = true;
    groupMembers(session.graph, group).then(
      (list) => live && setMembers(list),
      () => undefined, // The directory search still works.
    );
    return () => {
      live = false;
    };
  }, [session, group]);

  React.useEffect(() => {
    if (!session || query.trim().length < 2) {
      setFound([]);
      return;
    }
    let live = true;
    setSearching(true);
    const timer = setTimeout(() => {
      searchPeople(session.graph, query)
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

function matches(p: Person, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (q === '') return true;
  return (
    p.name
      .toLowerCase()
      .split(/\s+/)
      .some((w) => w.startsWith(q)) ||
    p.name.toLowerCase().startsWith(q) ||
    p.address.toLowerCase().startsWith(q)
  );
}

function AssigneePicker({
  lang,
  session,
  profile,
  mailbox,
  disabled,
  onAssign,
}: {
  lang: Lang;
  session: CaseSession | null;
  profile: Profile;
  mailbox: string | null;
  disabled: boolean;
  onAssign: (p: Person) => void;
}): React.JSX.Element {
  const [query, setQuery] = React.useState('');
  const { members, found, searching } = useCandidates(session, profile, mailbox, query);
  const shownMembers = members.filter((m) => matches(m, query));
  const others = found.filter((f) => !members.some((m) => samePerson(m, f)));
  const byAddress = new Map([...members, ...others].map((p) => [p.address.toLowerCase(), p]));
  const mailboxLabel = mailbox ? mailboxName(profile, mailbox) : '';
  return (
    <Field label={tc(lang, 'case.assignee.label')}>
      <Combobox
        freeform
        disabled={disabled}
        value={query}
        placeholder={tc(lang, 'case.assignee.placeholder')}
        onChange={(e) => setQuery(e.target.value)}
        onOptionSelect={(_, data) => {
          const p = data.optionValue ? byAddress.get(data.optionValue) : undefined;
          if (p) {
            setQuery('');
            onAssign(p);
          }
        }}
        data-case="assignee-picker"
      >
        {shownMembers.length > 0 && (
          <OptionGroup label={tc(lang, 'case.assignee.members', { mailbox: mailboxLabel })}>
            {shownMembers.map((p) => (
              <Option key={p.address} value={p.address.toLowerCase()} text={p.name}>
                {p.name}
              </Option>
            ))}
          </OptionGroup>
        )}
        {others.length > 0 && (
          <OptionGroup label={tc(lang, 'case.assignee.directory')}>
            {others.map((p) => (
              <Option key={p.address} value={p.address.toLowerCase()} text={p.name}>
                {p.jobTitle ? `${p.name} (${p.jobTitle})` : p.name}
              </Option>
            ))}
          </OptionGroup>
        )}
        {shownMembers.length === 0 && others.length === 0 && (
          <Option disabled value="" text="">
            {searching ? tc(lang, 'case.assignee.searching') : tc(lang, 'case.assignee.no-match')}
          </Option>
        )}
      </Combobox>
    </Field>
  );
}

/** Assignment, status, class and due date, shared by everyone in the mailbox. */
export function CasePanel({
  deps,
  port,
  profile,
  lang,
  view,
  facts,
}: CasePanelProps): React.JSX.Element {
  const pane = usePaneStyles();
  const styles = useCaseStyles();
  const headingId = React.useId();
  const { state, session } = useCase(deps, port, profile, lang);
  const [notify, setNotify] = React.useState(true);
  const snapshot = state.snapshot;
  const item = snapshot?.state;
  const mailbox = session?.address?.mailbox ?? null;
  const noticeFacts: NoticeFacts = {
    subject: facts.subject,
    ...(facts.from ? { from: facts.from } : {}),
    ...(facts.receivedAt !== undefined
      ? { received: formatLocalDate(localDateIn(facts.receivedAt, profile.timeZone)) }
      : {}),
    mailboxName: mailbox ? mailboxName(profile, mailbox) : '',
  };
  const act = (actions: StateAction[], assignee?: Person): void => {
    if (!session || !item) return;
    void session.act(
      withSuggestedDue(item, view, actions),
      noticeFacts,
      assignee && notify ? { notify: assignee } : {},
    );
  };
  const me = session?.actor() ?? null;
  const archived = item?.status === 'archived';
  // With the registrar: sent already, not archived yet.
  const sent = item?.status === 'sent-to-registrar';
  const standing = item
    ? describeStanding(item, lang, {
        timeZone: profile.timeZone,
        now: new Date(deps.now ? deps.now() : Date.now()),
      })
    : null;
  const unmarked = item ? describeOriginalUnmarked(item, lang) : null;
  const overdue = item
    ? isOverdue(item, new Date(deps.now ? deps.now() : Date.now()), profile.timeZone)
    : false;
  const disabled = state.busy || archived;

  let body: React.ReactNode;
  switch (state.phase) {
    case 'loading':
      body = <Spinner size="small" label={tc(lang, 'case.loading')} />;
      break;
    case 'unsupported':
      body = <p className={styles.muted}>{tc(lang, 'case.unsupported')}</p>;
      break;
    case 'sign-in':
      body = (
        <MessageBar intent="info" layout="multiline" data-case="sign-in">
          <MessageBarBody>
            <MessageBarTitle>{tc(lang, 'case.signin.title')}</MessageBarTitle>
            {tc(lang, 'case.signin.body', {
              mailbox: mailbox ? mailboxName(profile, mailbox) : profile.name,
            })}
          </MessageBarBody>
          <MessageBarActions>
            <Button
              appearance="primary"
              disabled={state.busy}
              onClick={() => void session?.signIn()}
            >
              {tc(lang, 'case.signin.button')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      );
      break;
    case 'failed':
      body = null;
      break;
    case 'ready':
      body = item && (
        <>
          {archived && (
            <p className={styles.muted} data-case-archived={item.archiveRef ?? ''}>
              {standing ? `${standing} ${tc(lang, 'case.archived')}` : tc(lang, 'case.archived')}
            </p>
          )}
          {sent && standing && (
            <p className={styles.muted} data-case-sent={item.sentTo?.address ?? ''}>
              {standing}
            </p>
          )}
          {unmarked && (
            <p className={styles.muted} data-case-original-unmarked={item.originalUnmarked ?? ''}>
              {unmarked}
            </p>
          )}
          {archived && profile.removeAfterFiling === true && (
            <p className={styles.muted} data-case="remove-reminder">
              {tf(lang, 'filing.remove-reminder')}
            </p>
          )}
          <div className={styles.group} data-case="status">
            <RadioGroup
              layout="horizontal"
              aria-label={tc(lang, 'case.status.heading')}
              value={item.status}
              disabled={disabled}
              onChange={(_, data) => act([{ type: 'set-status', status: data.value as Status }])}
            >
              {PERSON_STATUSES.map((s) => (
                <Radio
                  key={s}
                  value={s}
                  label={statusLabel(s, lang)}
                  disabled={s !== item.status && !canMove(item.status, s)}
                />
              ))}
            </RadioGroup>
          </div>

          <section className={styles.group} data-case="assignee" aria-labelledby={`${headingId}-a`}>
            <h3 id={`${headingId}-a`} className={styles.subheading}>
              {tc(lang, 'case.assignee.heading')}
            </h3>
            <p className={styles.value} data-assignee={item.assignee?.address ?? ''}>
              {item.assignee ? displayName(item.assignee) : tc(lang, 'case.assignee.none')}
            </p>
            <AssigneePicker
              lang={lang}
              session={session}
              profile={profile}
              mailbox={mailbox}
              disabled={disabled}
              onAssign={(p) => act([{ type: 'assign', assignee: p }], p)}
            />
            <Checkbox
              checked={notify}
              disabled={disabled}
              onChange={(_, d) => setNotify(d.checked === true)}
              label={tc(lang, 'case.notify.option')}
            />
            <div className={styles.buttons}>
              {me && !samePerson(item.assignee, me) && (
                <Button disabled={disabled} onClick={() => act([{ type: 'assign', assignee: me }])}>
                  {tc(lang, 'case.assignee.me')}
                </Button>
              )}
              {item.assignee && (
                <>
                  <Button
                    disabled={disabled}
                    onClick={() => void session?.notifyAgain(noticeFacts)}
                  >
                    {tc(lang, 'case.notify.again', { name: displayName(item.assignee) })}
                  </Button>
                  <Button disabled={disabled} onClick={() => act([{ type: 'unassign' }])}>
                    {tc(lang, 'case.assignee.remove')}
                  </Button>
                </>
              )}
            </div>
          </section>

          <section className={styles.group} data-case="class" aria-labelledby={`${headingId}-c`}>
            <h3 id={`${headingId}-c`} className={styles.subheading}>
              {tc(lang, 'case.class.heading')}
            </h3>
            <p className={styles.value} data-class={item.class?.value ?? ''}>
              {item.class?.confirmed
                ? item.updatedBy
                  ? tc(lang, 'case.class.confirmed', {
                      class: classLabel(item.class.value, lang),
                      name: displayName(item.updatedBy),
                    })
                  : tc(lang, 'case.class.confirmed.unknown', {
                      class: classLabel(item.class.value, lang),
                    })
                : tc(lang, 'case.class.suggested', { class: classLabel(view.class, lang) })}
            </p>
            <div className={styles.buttons}>
              {!(item.class?.confirmed && item.class.value === view.class) && (
                <Button
                  appearance="primary"
                  disabled={disabled}
                  onClick={() => act([{ type: 'classify', class: view.class, confirmed: true }])}
                >
                  {tc(lang, 'case.class.confirm', { class: classLabel(view.class, lang) })}
                </Button>
              )}
              <Dropdown
                aria-label={tc(lang, 'case.class.override')}
                placeholder={tc(lang, 'case.class.override')}
                disabled={disabled}
                selectedOptions={item.class?.confirmed ? [item.class.value] : []}
                onOptionSelect={(_, d) =>
                  d.optionValue &&
                  act([{ type: 'classify', class: d.optionValue as MessageClass, confirmed: true }])
                }
              >
                {MESSAGE_CLASSES.map((c) => (
                  <Option key={c} value={c}>
                    {classLabel(c, lang)}
                  </Option>
                ))}
              </Dropdown>
            </div>
          </section>

          <section className={styles.group} data-case="due" aria-labelledby={`${headingId}-d`}>
            <h3 id={`${headingId}-d`} className={styles.subheading}>
              {tc(lang, 'case.due.heading')}
            </h3>
            <Field
              label={tc(lang, 'case.due.label')}
              hint={
                item.due === undefined && view.due
                  ? tc(lang, 'case.due.suggested')
                  : tc(lang, 'case.due.flag')
              }
            >
              <Input
                type="date"
                disabled={disabled}
                value={item.due ?? view.due?.date ?? ''}
                data-due-saved={item.due ?? ''}
                onChange={(_, d) => {
                  if (/^\d{4}-\d{2}-\d{2}$/.test(d.value) && d.value !== item.due) {
                    act([{ type: 'set-due', due: d.value }]);
                  }
                }}
              />
            </Field>
            {item.due !== undefined && (
              <p
                className={overdue ? styles.overdue : styles.muted}
                data-case-due={item.due}
                data-overdue={overdue}
              >
                {dueLabel(item.due, overdue, lang)}
              </p>
            )}
            {item.due !== undefined && (
              <Button disabled={disabled} onClick={() => act([{ type: 'set-due', due: null }])}>
                {tc(lang, 'case.due.clear')}
              </Button>
            )}
          </section>
          {session && <Registrar session={session} profile={profile} lang={lang} />}
          {session && !archived && <SendOn session={session} profile={profile} lang={lang} />}
          {session && (
            <Filing
              deps={deps}
              session={session}
              profile={profile}
              lang={lang}
              facts={facts}
              archived={archived || sent}
              busy={state.busy}
              journal={state.snapshot?.journal}
            />
          )}
        </>
      );
      break;
  }

  return (
    <section
      aria-labelledby={headingId}
      className={pane.section}
      data-section="case"
      data-case-phase={state.phase}
      data-case-status={item?.status ?? ''}
      aria-busy={state.busy}
    >
      <div className={styles.headingRow}>
        <h2 id={headingId} className={pane.groupHeading}>
          {tc(lang, 'case.heading')}
        </h2>
        {state.phase === 'ready' && (
          <Button
            appearance="subtle"
            size="small"
            icon={<ArrowSync20Regular />}
            disabled={state.busy}
            onClick={() => void session?.read()}
          >
            {tc(lang, 'case.refresh')}
          </Button>
        )}
      </div>
      {body}
      <Note state={state} lang={lang} onRetry={() => void session?.read()} />
    </section>
  );
}

export default CasePanel;
