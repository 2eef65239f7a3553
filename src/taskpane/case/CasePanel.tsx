// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from '@fluentui/react-components';
import { ArrowSync20Regular } from '@fluentui/react-icons/svg/arrow-sync';
import { mailboxName, withSuggestedDue } from '../../app/case-rules';
import type { CaseSession, CaseState, NoticeFacts } from '../../app/case-session';
import { formatLocalDate } from '../../core/calendar/local-date';
import { localDateIn } from '../../core/calendar/time-zone';
import type { Lang } from '../../core/model';
import type { ReadPort } from '../../core/ports';
import type { Profile } from '../../core/profile/types';
import { describeOriginalUnmarked, describeStanding } from '../../core/state';
import type { ItemState, Person, StateAction, Status } from '../../core/state';
import { usePaneStyles } from '../shell/Pane.styles';
import type { ReadView } from '../read/readView';
import type { MessageFacts } from '../../app/read-facts';
import { AssigneeSection } from './AssigneeSection';
import { useCaseStyles } from './CasePanel.styles';
import { CaseNote } from './CaseNote';
import { ClassSection } from './ClassSection';
import { DisposalSection } from './DisposalSection';
import { DueSection } from './DueSection';
import { FilingEntry } from './FilingEntry';
import { tc } from './messages';
import { Registrar } from './Registrar';
import { withLater } from './profileLater';
import { ReplyCase } from './ReplyCase';
import { SendOn } from './SendOn';
import { SignatureCard } from './SignatureCard';
import { StatusGroup } from './StatusGroup';
import { ThreatSection } from './ThreatSection';
import { useCase } from './useCase';
import type { CaseDeps } from './useCase';

export interface CasePanelProps {
  readonly deps: CaseDeps;
  readonly port: ReadPort;
  readonly profile: Profile;
  readonly lang: Lang;
  /** Arkivpost's assessment: the suggested class and due date. */
  readonly view: ReadView;
  readonly facts: MessageFacts;
  /** The shared status as the panel last read it (null until read): the pane's own due line follows it. */
  readonly onStatus?: (status: Status | null) => void;
}

interface CasePanelState extends CasePanelProps {
  readonly pane: ReturnType<typeof usePaneStyles>;
  readonly styles: ReturnType<typeof useCaseStyles>;
  readonly headingId: string;
  readonly state: CaseState;
  readonly session: CaseSession | null;
  readonly item: ItemState | undefined;
  readonly mailbox: string | null;
  readonly noticeFacts: NoticeFacts;
  readonly act: (actions: StateAction[], notify?: Person) => void;
  readonly archived: boolean;
  /** With the registrar: sent already, not archived yet. */
  readonly sent: boolean;
  readonly standing: string | null;
  readonly unmarked: string | null;
  readonly disabled: boolean;
}

function useCasePanel(props: CasePanelProps): CasePanelState {
  const { deps, port, lang, view, facts, onStatus } = props;
  // With the parts of the profile the first screen leaves out (signature, security contact, disposal).
  const profile = withLater(props.profile);
  const { state, session } = useCase(deps, port, profile, lang);
  const item = state.snapshot?.state;
  const mailbox = session?.address?.mailbox ?? null;
  const status = item?.status ?? null;
  React.useEffect(() => onStatus?.(status), [onStatus, status]);
  const noticeFacts: NoticeFacts = {
    subject: facts.subject,
    ...(facts.from ? { from: facts.from } : {}),
    ...(facts.receivedAt !== undefined
      ? { received: formatLocalDate(localDateIn(facts.receivedAt, profile.timeZone)) }
      : {}),
    mailboxName: mailbox ? mailboxName(profile, mailbox) : '',
  };
  const archived = item?.status === 'archived';
  return {
    ...props,
    profile,
    pane: usePaneStyles(),
    styles: useCaseStyles(),
    headingId: React.useId(),
    state,
    session,
    item,
    mailbox,
    noticeFacts,
    act: (actions, notify) => {
      if (!session || !item) return;
      void session.act(
        withSuggestedDue(item, view.due, actions),
        noticeFacts,
        notify ? { notify } : {},
      );
    },
    archived,
    sent: item?.status === 'sent-to-registrar',
    standing:
      item && session
        ? describeStanding(item, lang, { timeZone: profile.timeZone, now: session.now() })
        : null,
    unmarked: item ? describeOriginalUnmarked(item, lang) : null,
    disabled: state.busy || archived,
  };
}

function renderSignIn(s: CasePanelState): React.JSX.Element {
  const { lang, profile, mailbox, state, session } = s;
  return (
    <MessageBar intent="info" layout="multiline" data-case="sign-in">
      <MessageBarBody>
        <MessageBarTitle>{tc(lang, 'case.signin.title')}</MessageBarTitle>
        {tc(lang, 'case.signin.body', {
          mailbox: mailbox ? mailboxName(profile, mailbox) : profile.name,
        })}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" disabled={state.busy} onClick={() => void session?.signIn()}>
          {tc(lang, 'case.signin.button')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

function renderReady(s: CasePanelState, item: ItemState, session: CaseSession): React.JSX.Element {
  const { lang, profile, styles, archived, sent, standing, unmarked, disabled, state } = s;
  const flagged = s.view.warnings.some((w) => w.kind === 'threat');
  // A threat comes first; for any other message, a quiet question lower down, where it stays
  // once opened and used (moving it would take the keyboard's focus and its outcome with it).
  const threatFirst = flagged;
  const threat = (
    <ThreatSection session={session} item={item} lang={lang} flagged={flagged} busy={state.busy} />
  );
  return (
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
      <SignatureCard
        requirement={s.view.signature}
        session={session}
        port={s.port}
        profile={profile}
        item={item}
        lang={lang}
        facts={s.facts}
        notice={s.noticeFacts}
        disabled={disabled}
      />
      {threatFirst && threat}
      <ReplyCase
        session={session}
        port={s.port}
        profile={profile}
        lang={lang}
        facts={s.facts}
        archived={archived || sent}
        busy={state.busy}
      />
      <StatusGroup item={item} lang={lang} disabled={disabled} act={s.act} />
      <AssigneeSection
        session={session}
        item={item}
        lang={lang}
        disabled={disabled}
        facts={s.noticeFacts}
        act={s.act}
      />
      <ClassSection
        item={item}
        suggested={s.view.class}
        lang={lang}
        disabled={disabled}
        act={s.act}
      />
      <DueSection
        item={item}
        suggested={s.view.due?.date ?? null}
        opensOn={s.noticeFacts.received ?? ''}
        lang={lang}
        now={session.now()}
        timeZone={profile.timeZone}
        disabled={disabled}
        readOnly={archived}
        act={s.act}
      />
      {!threatFirst && threat}
      <Registrar session={session} lang={lang} busy={state.busy} />
      {!archived && <SendOn session={session} lang={lang} busy={state.busy} />}
      <FilingEntry
        session={session}
        profile={profile}
        lang={lang}
        facts={s.facts}
        archived={archived || sent}
        busy={state.busy}
        journal={state.snapshot?.journal}
      />
      <DisposalSection
        session={session}
        snapshot={state.snapshot ?? { state: item, etag: '', categories: [] }}
        profile={profile}
        lang={lang}
        disposal={s.view.disposal?.kind ?? null}
        suggestedClass={s.view.class}
        receivedAt={s.facts.receivedAt}
        busy={state.busy}
        act={(actions) => void session.act(actions, s.noticeFacts)}
      />
    </>
  );
}

function renderCasePanel(s: CasePanelState): React.JSX.Element {
  const { lang, state, session, item, pane, styles, headingId } = s;
  let body: React.ReactNode = null;
  switch (state.phase) {
    case 'loading':
      body = <Spinner size="small" label={tc(lang, 'case.loading')} />;
      break;
    case 'unsupported':
      body = <p className={styles.muted}>{tc(lang, 'case.unsupported')}</p>;
      break;
    case 'sign-in':
      body = renderSignIn(s);
      break;
    case 'failed':
      break;
    case 'ready':
      body = item && session ? renderReady(s, item, session) : null;
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
      <CaseNote state={state} lang={lang} onRetry={() => void session?.read()} />
    </section>
  );
}

/** Assignment, status, class and due date, shared by everyone in the mailbox. */
export function CasePanel(props: CasePanelProps): React.JSX.Element {
  return renderCasePanel(useCasePanel(props));
}

export default CasePanel;
