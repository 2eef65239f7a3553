// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import { Spinner } from '@fluentui/react-components';
import { sensitiveFindings, withHolders } from '../../core/archive';
import type { Lang } from '../../core/model';
import type { ArchiveConnector, ComposePort } from '../../core/ports';
import type { Profile } from '../../core/profile/types';
import { failureText } from '../shell/failure';
import type { Plan } from '../plan';
import type { MessageFacts } from '../useReadCheck';
import { draftFiling, draftMessageId } from './draft';
import { FilingPanel } from './FilingPanel';
import { tf } from './messages';

export interface ComposeFilingProps {
  readonly port: ComposePort;
  readonly profile: Profile;
  readonly lang: Lang;
  /** The archive's connector, signed in; null when it cannot be reached from here. */
  readonly connect: () => Promise<ArchiveConnector | null>;
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
  onFiled,
  onClose,
  plan,
}: ComposeFilingProps): React.JSX.Element {
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
  React.useEffect(() => {
    let live = true;
    Promise.all([connect(), port.snapshot()]).then(
      ([connector, s]) => {
        if (!live) return;
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
  }, [connect, port, lang, found]);

  if (failed !== null) return <p role="alert">{failed}</p>;
  if (ready === null) return <Spinner size="tiny" label={tf(lang, 'filing.loading')} />;
  return (
    <FilingPanel
      deps={draftFiling({
        connector: ready.connector,
        port,
        profile,
        lang,
        messageId: ready.messageId,
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
