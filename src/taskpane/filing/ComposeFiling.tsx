// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import { Spinner } from '@fluentui/react-components';
import { sensitiveFindings, withHolders } from '../../core/archive';
import { draftFiling, draftMessageId, resumeFiledDraft } from '../../app/draft-filing';
import { createSignInWatch } from '../../app/sign-in-watch';
import type { TokenSource } from '../../core/auth';
import type { Clock, Lang } from '../../core/model';
import type { ArchiveConnector, ComposePort } from '../../core/ports';
import type { Profile } from '../../core/profile/types';
import { failureText } from '../shell/failure';
import type { Plan } from '../../app/compose-plan';
import type { FilingText } from '../../app/filing-text';
import type { MessageFacts } from '../../app/read-facts';
import { FilingPanel } from './FilingPanel';
import { filingText } from './filingText';
import { tf } from './messages';

export interface ComposeFilingProps {
  readonly port: ComposePort;
  readonly profile: Profile;
  readonly lang: Lang;
  /**
   * The archive's connector, signed in; null when it cannot be reached from
   * here. Its sign-in goes through `watchTokens`: the form says when a
   * sign-in window waits.
   */
  readonly connect: (
    watchTokens?: (tokens: TokenSource) => TokenSource,
  ) => Promise<ArchiveConnector | null>;
  /** The draft's Date and the filing's time. */
  readonly clock: Clock;
  /** The draft's subject changed: check it again. */
  readonly onFiled: () => void;
  /** The send check's plan for the draft: the restriction the form suggests follows its findings. */
  readonly plan?: Plan | null;
  readonly onClose: () => void;
}

function randomPart(): string {
  return typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}.${Math.random().toString(36).slice(2)}`;
}

/** "Journalfør før sending" (R19): the filing form for the message being written. */
export function ComposeFiling({
  port,
  profile,
  lang,
  connect,
  clock,
  onFiled,
  onClose,
  plan,
}: ComposeFilingProps): React.JSX.Element {
  const [signIn] = React.useState(createSignInWatch);
  // The findings as the form was opened: a later check does not change the form under the user.
  const [found] = React.useState(() =>
    sensitiveFindings(plan?.groups.flatMap((g) => g.cards.flatMap((c) => c.findings)) ?? []),
  );
  const [ready, setReady] = React.useState<{
    connector: ArchiveConnector;
    facts: MessageFacts;
    messageId: string;
  } | null>(null);
  const [failed, setFailed] = React.useState<string | null>(null);
  // Filed already (before a reload, in another pane): the reference kept on the draft,
  // or the sentence saying it went to the registrar.
  const [filedAs, setFiledAs] = React.useState<string | null>(null);
  const onFiledRef = React.useRef(onFiled);
  onFiledRef.current = onFiled;
  React.useEffect(() => {
    let live = true;
    Promise.all([
      // A reload between the filing and the subject change: the subject is finished now.
      resumeFiledDraft(port, profile).then((done) => {
        if (done === null) return null;
        if ('sentTo' in done) {
          const { to, at } = done.sentTo;
          const line: FilingText = at
            ? { key: 'filing.forwarded.earlier.date', params: { to, date: { instant: at } } }
            : { key: 'filing.forwarded.earlier', params: { to } };
          if (live) setFiledAs(filingText(line, lang, profile.timeZone));
          return to;
        }
        if (live) setFiledAs(tf(lang, 'filing.already', { ref: done.reference }));
        if (done.subject !== undefined) onFiledRef.current();
        return done.reference;
      }),
      port.snapshot(),
    ])
      .then(async ([ref, s]) =>
        ref !== null ? null : ([await connect((tokens) => signIn.wrap(tokens)), s] as const),
      )
      .then(
        (got) => {
          if (!live || got === null) return;
          const [connector, s] = got;
          if (!connector) {
            setFailed(tf(lang, 'filing.unavailable'));
            return;
          }
          setReady({
            connector,
            facts: {
              subject: s.subject,
              fromAddress: s.from.address,
              recipients: [...s.to, ...s.cc].map((a) => a.address),
              attachments: [],
              people: [...s.to, ...s.cc]
                .filter((a) => (a.name ?? '') !== '')
                .map((a) => ({ name: a.name ?? '', address: a.address })),
              sensitive: withHolders(found, { subject: s.subject, body: s.body }),
            },
            // One Message-ID for this draft in this pane: a retry is found, not filed again.
            messageId: draftMessageId(s.from.address, randomPart),
          });
        },
        (e: unknown) => live && setFailed(failureText(e, lang)),
      );
    return () => {
      live = false;
    };
  }, [connect, port, lang, found, signIn, profile]);

  if (filedAs !== null)
    return (
      <p role="status" data-filing="already">
        {filedAs}
      </p>
    );
  if (failed !== null) return <p role="alert">{failed}</p>;
  if (ready === null) return <Spinner size="tiny" label={tf(lang, 'filing.loading')} />;
  return (
    <FilingPanel
      deps={draftFiling({
        connector: ready.connector,
        port,
        profile,
        messageId: ready.messageId,
        clock,
        signIn,
      })}
      facts={ready.facts}
      profile={profile}
      lang={lang}
      draft
      onDone={onFiled}
      onClose={onClose}
    />
  );
}

export default ComposeFiling;
