// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { CaseSession } from '../../app/case-session';
import {
  claimUnsent,
  keepAsEvidence,
  notifyManager,
  offersThreatActions,
  STALE_CLAIM_MS,
} from '../../app/evidence';
import type { EvidenceOutcome, NoticeOutcome } from '../../app/evidence';
import { formatInstant } from '../../core/calendar/format';
import type { Lang } from '../../core/model';
import { displayName } from '../../core/state';
import type { ItemState } from '../../core/state';
import { tRead } from '../read/readMessages';
import { failureText } from '../shell/failure';
import { useCaseStyles } from './CasePanel.styles';
import { tt } from './threatMessages';

export interface ThreatSectionProps {
  readonly session: CaseSession;
  readonly item: ItemState;
  readonly lang: Lang;
  /** The classifier flagged the message as a likely threat. */
  readonly flagged: boolean;
  /** Another writing action of the case runs. */
  readonly busy: boolean;
}

interface ThreatSectionState extends ThreatSectionProps {
  readonly styles: ReturnType<typeof useCaseStyles>;
  readonly headingId: string;
  readonly shown: boolean;
  readonly open: () => void;
  readonly kept: EvidenceOutcome | null;
  readonly notice: NoticeOutcome | null;
  readonly keep: () => void;
  readonly notify: () => void;
  /** The notice may be sent (again, for this user's own claim that never went). */
  readonly mayNotify: boolean;
  /** The item says this user sent it long ago, but it is not in their Sent Items. */
  readonly unsent: boolean;
  readonly when: (iso: string) => string;
}

function useThreatSection(props: ThreatSectionProps): ThreatSectionState {
  const { session, item, flagged } = props;
  const [opened, setOpened] = React.useState(false);
  const [kept, setKept] = React.useState<EvidenceOutcome | null>(null);
  const [notice, setNotice] = React.useState<NoticeOutcome | null>(null);
  const { timeZone } = session.profile;
  const [unsent, setUnsent] = React.useState(false);
  const notified = item.notified;
  const claimAt = notified?.at;
  React.useEffect(() => {
    setUnsent(false);
    if (claimAt === undefined) return undefined;
    let live = true;
    void claimUnsent(session).then((u) => live && setUnsent(u));
    return () => {
      live = false;
    };
  }, [session, claimAt]);
  return {
    ...props,
    styles: useCaseStyles(),
    headingId: React.useId(),
    shown: opened || offersThreatActions(flagged, item),
    open: () => setOpened(true),
    kept,
    notice,
    keep: () => {
      if (session.writing) return;
      setKept(null);
      void keepAsEvidence(session).then((o) => o && setKept(o));
    },
    notify: () => {
      if (session.writing) return;
      setNotice(null);
      void notifyManager(session).then((o) => o && setNotice(o));
    },
    mayNotify: notified === undefined || unsent,
    unsent: notified !== undefined && unsent,
    when: (iso) => formatInstant(iso, props.lang, timeZone) ?? '',
  };
}

function renderRecord(s: ThreatSectionState): React.JSX.Element | null {
  const { item, lang, styles, notice } = s;
  const { evidence, notified } = item;
  if (!evidence && !notified) return null;
  return (
    <>
      {evidence && (
        <p className={styles.value} data-threat-evidence={evidence.sha256}>
          <span className={styles.line}>
            {tt(lang, 'threat.keep.done', {
              date: s.when(evidence.at),
              name: displayName(evidence.by),
            })}
          </span>
          <span className={styles.line}>
            {tt(lang, 'threat.keep.where', { sha: evidence.sha256 })}
          </span>
        </p>
      )}
      {notified && (
        <p
          className={styles.value}
          data-threat-notified={notified.to}
          data-threat-unsent={s.unsent ? 'true' : undefined}
        >
          {notice?.kind === 'sent' && notice.to.address.toLowerCase() === notified.to.toLowerCase()
            ? tt(lang, 'threat.notify.sent.named', {
                recipient: `${notice.to.name} <${notice.to.address}>`,
                date: s.when(notified.at),
              })
            : tt(lang, 'threat.notify.sent', {
                to: notified.to,
                date: s.when(notified.at),
                name: displayName(notified.by),
              })}
          {s.unsent && <span className={styles.line}>{tt(lang, 'threat.notify.unsent')}</span>}
        </p>
      )}
    </>
  );
}

/** A keeping or a notice that failed: why, or that the message has no Message-ID. */
function failedBar(
  id: string,
  title: string,
  outcome:
    { readonly kind: 'failed'; readonly failure: unknown } | { readonly kind: 'no-message-id' },
  lang: Lang,
  more?: React.ReactNode,
): React.JSX.Element {
  return (
    <MessageBar intent="error" layout="multiline" data-threat-outcome={id}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {outcome.kind === 'failed'
          ? failureText(outcome.failure, lang)
          : tt(lang, 'threat.no-message-id')}
        {more}
      </MessageBarBody>
    </MessageBar>
  );
}

function renderOutcomes(s: ThreatSectionState): React.JSX.Element {
  const { lang, kept, notice } = s;
  const minutes = Math.round(STALE_CLAIM_MS / 60_000);
  return (
    <div aria-live="polite">
      {(kept?.kind === 'failed' || kept?.kind === 'no-message-id') &&
        failedBar('keep-failed', tt(lang, 'threat.keep.failed'), kept, lang)}
      {notice?.kind === 'no-recipient' && (
        <MessageBar intent="warning" layout="multiline" data-threat-outcome="no-recipient">
          <MessageBarBody>{tt(lang, 'threat.notify.no-recipient')}</MessageBarBody>
        </MessageBar>
      )}
      {(notice?.kind === 'failed' || notice?.kind === 'no-message-id') &&
        failedBar(
          'notify-failed',
          tt(lang, 'threat.notify.failed'),
          notice,
          lang,
          notice.kind === 'failed' && !notice.withdrawn && (
            <span className={s.styles.line}>
              {tt(lang, 'threat.notify.claim-stands', { minutes })}
            </span>
          ),
        )}
    </div>
  );
}

function renderContact(s: ThreatSectionState): React.JSX.Element {
  const { lang, styles, session } = s;
  const { securityContact: contact, country } = session.profile;
  return (
    <div data-threat-contact={contact?.address ?? ''}>
      {/* Flagged, the read pane's warning above says it already: once is enough. */}
      {!s.flagged && (
        <p className={styles.muted}>
          {tRead(
            lang,
            country === 'SE' ? 'read.warning.threat.police.SE' : 'read.warning.threat.police.NO',
          )}
        </p>
      )}
      {contact && (
        <p className={styles.muted}>
          <span className={styles.line}>
            {`${tt(lang, 'threat.contact.heading')}: ${contact.name}`}
          </span>
          {contact.phone && (
            <span className={styles.line}>
              {tt(lang, 'threat.contact.phone', { phone: contact.phone })}
            </span>
          )}
          {contact.address && <span className={styles.line}>{contact.address}</span>}
        </p>
      )}
    </div>
  );
}

function renderThreatSection(s: ThreatSectionState): React.JSX.Element {
  const { lang, styles, item, busy, session } = s;
  if (!s.shown) {
    return (
      <div className={styles.buttons}>
        <Button appearance="subtle" size="small" data-case="threat-open" onClick={s.open}>
          {tt(lang, 'threat.open')}
        </Button>
      </div>
    );
  }
  const contact = session.profile.securityContact;
  return (
    <section className={styles.group} aria-labelledby={s.headingId} data-case="threat">
      <h3 id={s.headingId} className={styles.subheading}>
        {tt(lang, 'threat.heading')}
      </h3>
      {!item.evidence && !item.notified && (
        <p className={styles.muted}>{tt(lang, 'threat.hint')}</p>
      )}
      {renderRecord(s)}
      <div className={styles.buttons}>
        {!item.evidence && (
          <Button appearance="primary" disabled={busy} data-case="keep-evidence" onClick={s.keep}>
            {tt(lang, 'threat.keep.button')}
          </Button>
        )}
        {s.mayNotify && (
          <Button disabled={busy} data-case="notify-manager" onClick={s.notify}>
            {contact?.receivesNotice === true && contact.address !== undefined
              ? tt(lang, 'threat.notify.button.contact', { name: contact.name })
              : tt(lang, 'threat.notify.button')}
          </Button>
        )}
      </div>
      {renderOutcomes(s)}
      {renderContact(s)}
    </section>
  );
}

/** R11: keep a threat as evidence, inform the manager, and whom to call. */
export function ThreatSection(props: ThreatSectionProps): React.JSX.Element {
  return renderThreatSection(useThreatSection(props));
}
