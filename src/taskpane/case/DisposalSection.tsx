// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { CaseSession } from '../../app/case-session';
import type { MessageClass } from '../../core/classify/classify';
import { deleteMailCopy, deletionOf, isHeld, suggestedDisposableFrom } from '../../app/disposal';
import type { DeleteOutcome } from '../../app/disposal';
import type { Lang } from '../../core/model';
import type { Profile } from '../../core/profile/types';
import { describeDisposable, describeHold, describeHoldLifted, formatDue } from '../../core/state';
import type { ItemState, StateAction } from '../../core/state';
import type { ItemSnapshot } from '../../services/item-state';
import { tf } from '../filing/messages';
import { failureText } from '../shell/failure';
import { useCaseStyles } from './CasePanel.styles';
import { td } from './disposalMessages';

export interface DisposalSectionProps {
  readonly session: CaseSession;
  readonly snapshot: ItemSnapshot;
  readonly profile: Profile;
  readonly lang: Lang;
  /** The classifier's word: may go when no longer needed, or must not (an access request, a threat). */
  readonly disposal: 'disposable' | 'must-not-dispose' | null;
  /** The classifier's class, until a person confirms or chooses one (the item's `class`). */
  readonly suggestedClass?: MessageClass;
  /** When the message arrived (ms), for the suggested date. */
  readonly receivedAt: number | undefined;
  /** Another writing action of the case runs. */
  readonly busy: boolean;
  readonly act: (actions: StateAction[]) => void;
}

interface DisposalState extends DisposalSectionProps {
  readonly styles: ReturnType<typeof useCaseStyles>;
  readonly headingId: string;
  readonly confirmId: string;
  readonly item: ItemState;
  readonly held: boolean;
  readonly archived: boolean;
  /** Worth keeping in the case archive (the class a person chose, else the suggestion): never marked or deleted unfiled. */
  readonly archiveWorthy: boolean;
  readonly suggested: string;
  readonly deletable: boolean;
  readonly confirming: boolean;
  readonly setConfirming: (on: boolean) => void;
  readonly outcome: DeleteOutcome | null;
  readonly remove: () => void;
}

function useDisposal(props: DisposalSectionProps): DisposalState {
  const { session, snapshot, profile, receivedAt } = props;
  const [confirming, setConfirming] = React.useState(false);
  const [outcome, setOutcome] = React.useState<DeleteOutcome | null>(null);
  const now = session.now();
  const item = snapshot.state;
  const held = isHeld(snapshot);
  const archived = item.status === 'archived';
  const archiveWorthy = (item.class?.value ?? props.suggestedClass) === 'archive-worthy';
  const remove = (): void => {
    if (session.writing) return;
    setConfirming(false);
    setOutcome(null);
    void deleteMailCopy(session).then((r) => r && setOutcome(r));
  };
  return {
    ...props,
    styles: useCaseStyles(),
    headingId: React.useId(),
    confirmId: React.useId(),
    item,
    held,
    archived,
    archiveWorthy,
    suggested: suggestedDisposableFrom(profile, receivedAt, now),
    // A record worth keeping goes only once filed, whatever mark another pane left on it.
    deletable: deletionOf(snapshot, profile, now).ok && (archived || !archiveWorthy),
    confirming: confirming && !held,
    setConfirming,
    outcome,
    remove,
  };
}

function outcomeBar(s: DisposalState, outcome: DeleteOutcome): React.JSX.Element {
  const { lang } = s;
  const folder = td(lang, 'disposal.deleted-items');
  switch (outcome.kind) {
    case 'deleted':
      return (
        <MessageBar intent="success" data-disposal-outcome="deleted">
          <MessageBarBody>{td(lang, 'disposal.deleted', { folder })}</MessageBarBody>
        </MessageBar>
      );
    case 'refused': {
      const date = outcome.state.disposableFrom
        ? formatDue(outcome.state.disposableFrom, lang)
        : '';
      return (
        <MessageBar intent="warning" layout="multiline" data-disposal-outcome={outcome.block}>
          <MessageBarBody>{td(lang, `disposal.refused.${outcome.block}`, { date })}</MessageBarBody>
        </MessageBar>
      );
    }
    case 'held-meanwhile':
      return (
        <MessageBar intent="warning" layout="multiline" data-disposal-outcome="held-meanwhile">
          <MessageBarBody>
            {outcome.restored
              ? td(lang, 'disposal.held-meanwhile')
              : td(lang, 'disposal.held-meanwhile-stuck', { folder })}
          </MessageBarBody>
        </MessageBar>
      );
    case 'gone':
      return (
        <MessageBar intent="info" layout="multiline" data-disposal-outcome="gone">
          <MessageBarBody>{td(lang, 'disposal.gone')}</MessageBarBody>
        </MessageBar>
      );
    case 'failed':
      return (
        <MessageBar intent="error" layout="multiline" data-disposal-outcome="failed">
          <MessageBarBody>
            <MessageBarTitle>{td(lang, 'disposal.failed')}</MessageBarTitle>
            {failureText(outcome.failure, lang)}
          </MessageBarBody>
        </MessageBar>
      );
  }
}

function renderConfirm(s: DisposalState): React.JSX.Element {
  const { lang, item, styles, archived } = s;
  const folder = td(lang, 'disposal.deleted-items');
  const body = archived
    ? item.archiveRef
      ? td(lang, 'disposal.confirm.archived-ref', { ref: item.archiveRef, folder })
      : td(lang, 'disposal.confirm.archived', { folder })
    : td(lang, 'disposal.confirm.disposable', {
        date: item.disposableFrom ? formatDue(item.disposableFrom, lang) : '',
        folder,
      });
  return (
    <div
      role="alertdialog"
      aria-labelledby={s.confirmId}
      data-disposal="confirm"
      className={styles.form}
    >
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle id={s.confirmId}>
            {td(lang, archived ? 'disposal.confirm.title-copy' : 'disposal.confirm.title-message')}
          </MessageBarTitle>
          {body}
        </MessageBarBody>
      </MessageBar>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          disabled={s.busy}
          data-disposal="confirm-delete"
          onClick={s.remove}
        >
          {td(lang, archived ? 'disposal.delete-copy' : 'disposal.delete-message')}
        </Button>
        <Button autoFocus data-disposal="cancel" onClick={() => s.setConfirming(false)}>
          {td(lang, 'disposal.cancel')}
        </Button>
      </div>
    </div>
  );
}

function renderActions(s: DisposalState): React.JSX.Element {
  const { lang, item, held, archived, busy, styles } = s;
  const deleted = s.outcome?.kind === 'deleted';
  const mayMark =
    !held &&
    !archived &&
    !s.archiveWorthy &&
    item.disposableFrom === undefined &&
    s.disposal !== 'must-not-dispose';
  return (
    <div className={styles.buttons}>
      {!held && (
        <Button
          disabled={busy || deleted}
          data-disposal="hold"
          onClick={() => s.act([{ type: 'hold', reason: 'access-request' }])}
        >
          {td(lang, 'disposal.hold')}
        </Button>
      )}
      {/* Evidence of a threat is never disposed of (R11): its hold is not lifted from here. */}
      {item.hold && item.hold.reason !== 'evidence' && (
        <Button
          disabled={busy || deleted}
          data-disposal="release"
          onClick={() => s.act([{ type: 'release-hold' }])}
        >
          {td(lang, 'disposal.release')}
        </Button>
      )}
      {mayMark && (
        <Button
          appearance={s.disposal === 'disposable' ? 'primary' : 'secondary'}
          disabled={busy || deleted}
          data-disposal="mark"
          onClick={() => s.act([{ type: 'mark-disposable', from: s.suggested }])}
        >
          {td(lang, 'disposal.mark', { date: formatDue(s.suggested, lang) })}
        </Button>
      )}
      {item.disposableFrom !== undefined && !archived && (
        <Button
          disabled={busy || deleted}
          data-disposal="unmark"
          onClick={() => s.act([{ type: 'mark-disposable', from: null }])}
        >
          {td(lang, 'disposal.unmark')}
        </Button>
      )}
      {s.deletable && !deleted && (
        <Button
          appearance="primary"
          disabled={busy}
          data-disposal="delete"
          aria-expanded={s.confirming}
          onClick={() => s.setConfirming(true)}
        >
          {td(lang, archived ? 'disposal.delete-copy' : 'disposal.delete-message')}
        </Button>
      )}
    </div>
  );
}

function renderDisposal(s: DisposalState): React.JSX.Element {
  const { lang, item, profile, styles, held, archived } = s;
  const options = { timeZone: profile.timeZone, now: s.session.now() };
  const hold = describeHold(item, lang, options);
  const lifted = describeHoldLifted(item, lang, options);
  const marked = held ? null : describeDisposable(item, lang);
  return (
    <section
      className={styles.group}
      aria-labelledby={s.headingId}
      data-case="disposal"
      data-hold={item.hold?.reason ?? (held ? 'category' : '')}
      data-disposable-from={item.disposableFrom ?? ''}
      aria-busy={s.session.current.running === 'dispose'}
    >
      <h3 id={s.headingId} className={styles.subheading}>
        {td(lang, 'disposal.heading')}
      </h3>
      {hold && (
        <p className={styles.value} data-disposal="hold-text">
          {hold}
        </p>
      )}
      {held && <p className={styles.muted}>{td(lang, 'disposal.held-hint')}</p>}
      {lifted && (
        <p className={styles.muted} data-disposal="lifted-text">
          {lifted}
        </p>
      )}
      {marked && (
        <p className={styles.muted} data-disposal="marked-text">
          {marked}
        </p>
      )}
      {/* Seed 001's reminder, never while a hold is on: the action below does it. */}
      {archived && !held && profile.removeAfterFiling === true && (
        <p className={styles.muted} data-case="remove-reminder">
          {tf(lang, 'filing.remove-reminder')}
        </p>
      )}
      {renderActions(s)}
      {s.confirming && renderConfirm(s)}
      <div aria-live="polite">{s.outcome && outcomeBar(s, s.outcome)}</div>
    </section>
  );
}

/**
 * R13: the hold ("Innsynskrav pågår – må ikkje slettast"), the disposable
 * mark, and "Slett e-postkopien" after filing, with a confirmation.
 */
export function DisposalSection(props: DisposalSectionProps): React.JSX.Element {
  return renderDisposal(useDisposal(props));
}
