// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { CaseSession, NoticeFacts } from '../../app/case-session';
import type { MessageFacts } from '../../app/read-facts';
import { offersSignatureReply, replyFacts, replyWithTemplate } from '../../app/signature-reply';
import type { SignatureReplyOutcome } from '../../app/signature-reply';
import type { SignatureRequirement } from '../../core/classify/signature';
import type { Lang } from '../../core/model';
import type { ReadPort } from '../../core/ports';
import type { Profile } from '../../core/profile/types';
import { describeMarks } from '../../core/state';
import type { ItemState } from '../../core/state';
import { failureText } from '../shell/failure';
import { useCaseStyles } from './CasePanel.styles';
import { tsig } from './signatureMessages';

export interface SignatureCardProps {
  /** What needs a signature; nothing is shown without it. */
  readonly requirement: SignatureRequirement | undefined;
  readonly session: CaseSession;
  readonly port: ReadPort;
  readonly profile: Profile;
  readonly item: ItemState;
  readonly lang: Lang;
  readonly facts: MessageFacts;
  readonly notice: NoticeFacts;
  /** Another writing action runs, or the message is archived. */
  readonly disabled: boolean;
}

interface SignatureCardState extends SignatureCardProps {
  readonly styles: ReturnType<typeof useCaseStyles>;
  readonly whole: Profile;
  readonly outcome: SignatureReplyOutcome | null;
  readonly reply: () => void;
}

function useSignatureCard(props: SignatureCardProps): SignatureCardState {
  const { session, port, facts, notice, requirement } = props;
  // The case panel's profile, with its signature settings (profileLater.ts).
  const whole = props.profile;
  const [outcome, setOutcome] = React.useState<SignatureReplyOutcome | null>(null);
  const reply = (): void => {
    if (!requirement || session.writing) return;
    setOutcome(null);
    void replyWithTemplate(session, port, whole, requirement, replyFacts(facts), notice).then(
      (result) => result && setOutcome(result),
    );
  };
  return { ...props, styles: useCaseStyles(), whole, outcome, reply };
}

/** The profile cites its basis as a citation; in the card it ends as a sentence does. */
function sentence(text: string): string {
  const t = text.trimEnd();
  return /[.!?…:;)»”"]$/.test(t) ? t : `${t}.`;
}

function reasonOf(r: SignatureRequirement, lang: Lang): string {
  const params = { kind: r.kind, phrase: r.phrase, attachment: r.attachment ?? '' };
  return tsig(lang, `signature.reason.${r.where}`, params);
}

function outcomeText(outcome: SignatureReplyOutcome | null, lang: Lang): string | null {
  switch (outcome?.kind) {
    case 'opened':
      return tsig(lang, 'signature.opened');
    case 'failed':
      return `${tsig(lang, 'signature.failed')} ${failureText(outcome.failure, lang)}`;
    case 'unavailable':
      return tsig(lang, 'signature.unavailable');
    case 'rejected-meanwhile':
      return tsig(lang, 'signature.meanwhile');
    default:
      // 'not-marked': the case panel's note says why.
      return null;
  }
}

function renderSignatureCard(s: SignatureCardState): React.JSX.Element | null {
  const { requirement: r, lang, item, whole, styles } = s;
  if (!r) return null;
  const rejected = item.rejected;
  // Core's sentence for the mark: who rejected it, and when.
  const marked = rejected
    ? (describeMarks({ status: item.status, rejected }, lang, {
        timeZone: whole.timeZone,
        now: s.session.now(),
      })[0] ?? null)
    : null;
  const said = outcomeText(s.outcome, lang);
  const offered = offersSignatureReply(s.port, whole);
  return (
    <MessageBar
      intent="warning"
      layout="multiline"
      data-case="signature"
      data-signature-rejected={rejected ? rejected.at : ''}
    >
      <MessageBarBody>
        <MessageBarTitle>{tsig(lang, 'signature.title')}</MessageBarTitle>
        <p className={styles.line} data-signature="reason">
          {reasonOf(r, lang)}
        </p>
        <p className={styles.line} data-signature="basis">
          {tsig(lang, 'signature.basis', { basis: sentence(r.basis) })}
        </p>
        {marked ? (
          <p className={styles.line} data-signature="rejected">
            {marked}
          </p>
        ) : (
          offered && (
            <p className={styles.muted}>
              {tsig(lang, 'signature.hint', {
                language: tsig(lang, `signature.lang.${r.replyLang}`),
              })}
            </p>
          )
        )}
        {said && (
          <p className={styles.line} data-signature-outcome={s.outcome?.kind ?? ''}>
            {said}
          </p>
        )}
      </MessageBarBody>
      {offered && (
        <MessageBarActions>
          {/* Once rejected, another reply is still possible, but no longer the thing to do next. */}
          <Button
            appearance={rejected ? 'secondary' : 'primary'}
            data-signature-reply={rejected ? 'again' : 'first'}
            disabled={s.disabled}
            onClick={s.reply}
          >
            {tsig(lang, 'signature.button')}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

/** R9: the message needs a signature it does not carry; "Svar med mal" answers and rejects it. */
export function SignatureCard(props: SignatureCardProps): React.JSX.Element | null {
  return renderSignatureCard(useSignatureCard(props));
}
