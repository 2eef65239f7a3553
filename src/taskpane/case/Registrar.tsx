// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from '@fluentui/react-components';
import type { Lang } from '../../core/model';
import type { Profile } from '../../core/profile/types';
import type { RegistrationResult, RegistryForwardItem } from '../../services/registrar';
import { useCaseStyles } from './CasePanel.styles';
import { tc } from './messages';
import type { CaseKey } from './messages';
import { failureText } from '../shell/failure';
import type { CaseSession } from './useCase';

/** True when the message is in one of the profile's registry mailboxes: only there is it a registrar's. */
export function inRegistryMailbox(
  mailbox: string,
  profile: Pick<Profile, 'mailboxes' | 'archive'>,
): boolean {
  const m = mailbox.toLowerCase();
  const archive = profile.archive;
  return (
    profile.mailboxes.some((b) => b.registry === true && b.address.toLowerCase() === m) ||
    (archive?.kind === 'registry-mailbox' && archive.address?.toLowerCase() === m)
  );
}

type Note = {
  readonly intent: 'success' | 'warning' | 'error';
  readonly title?: string;
  readonly text: string;
};

/** The sentence for a registration's result, with a variant for every missing part. */
export function registrationText(result: RegistrationResult, lang: Lang): Note | null {
  switch (result.kind) {
    case 'invalid':
      return null;
    case 'registered-otherwise':
      return {
        intent: 'warning',
        text: tc(lang, 'case.registrar.otherwise', { ref: result.reference }),
      };
    case 'registered':
      return {
        intent: 'success',
        text: tc(lang, 'case.registrar.done', {
          ref: result.reference,
          mailbox: result.mailbox ?? '',
        }),
      };
    case 'original-unmarked': {
      const mailbox = result.mailbox;
      let key: CaseKey;
      if (mailbox === undefined) key = 'case.registrar.unmarked.unknown-mailbox';
      else if (result.reason === 'archived-otherwise')
        key =
          result.otherReference !== undefined
            ? 'case.registrar.unmarked.archived-otherwise'
            : 'case.registrar.unmarked.archived-otherwise.unknown';
      else if (result.reason === 'not-found') key = 'case.registrar.unmarked.not-found';
      else key = 'case.registrar.unmarked.no-access';
      return {
        intent: 'warning',
        text: tc(lang, key, {
          ref: result.reference,
          ...(mailbox !== undefined ? { mailbox } : {}),
          ...(result.otherReference !== undefined ? { other: result.otherReference } : {}),
        }),
      };
    }
  }
}

/**
 * The registrar's action on a message Arkivpost sent on to the registry
 * mailbox: "Registrerad som KS 2026/123", which marks the original in the
 * mailbox it came from. Shown only there; loaded with the filing chunk.
 */
export function Registrar({
  session,
  profile,
  lang,
}: {
  session: CaseSession;
  profile: Profile;
  lang: Lang;
}): React.JSX.Element | null {
  const styles = useCaseStyles();
  const headingId = React.useId();
  const item = session.address;
  const [forward, setForward] = React.useState<RegistryForwardItem | null>(null);
  const [reference, setReference] = React.useState('');
  const [problem, setProblem] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState(false);
  const [note, setNote] = React.useState<Note | null>(null);
  // A second click while the first is under way does nothing (React state is a render late).
  const flight = React.useRef(false);
  const registry = item !== null && inRegistryMailbox(item.mailbox, profile);

  React.useEffect(() => {
    if (!registry || item === null) return;
    let live = true;
    import(/* webpackChunkName: "filing" */ '../../services/registrar')
      .then(({ readRegistryForward }) => readRegistryForward(session.graph, item))
      .then(
        (f) => {
          if (!live) return;
          setForward(f);
          if (f?.snapshot.state.originalUnmarked && f.snapshot.state.archiveRef)
            setReference(f.snapshot.state.archiveRef);
        },
        () => undefined, // Not readable now: the case panel says so on its own read.
      );
    return () => {
      live = false;
    };
  }, [registry, item, session]);

  if (!registry || item === null || forward === null) return null;
  const state = session.current.snapshot?.state ?? forward.snapshot.state;
  const registered = state.status === 'archived' && state.archiveRef !== undefined;
  // Registered, and the original marked: nothing left to do here.
  if (registered && !state.originalUnmarked && note === null) return null;

  const submit = async (): Promise<void> => {
    const actor = session.actor();
    if (flight.current || actor === null) return;
    flight.current = true;
    setBusy(true);
    setNote(null);
    setProblem(null);
    try {
      const { recordRegistration, RegistrationRefused } = await import(
        /* webpackChunkName: "filing" */ '../../services/registrar'
      );
      const { describeReferenceProblem } = await import(
        /* webpackChunkName: "filing" */ '../../core/archive/reference'
      );
      const { describeConflict, describeRefusal } = await import('../../core/state');
      try {
        const result = await recordRegistration({
          graph: session.graph,
          forward: item,
          reference,
          change: {
            actor,
            now: new Date(),
            orgLang: profile.language,
            timeZone: profile.timeZone,
          },
        });
        if (result.kind === 'invalid') {
          setProblem(describeReferenceProblem(result.problem, lang));
          return;
        }
        session.adopt(result.forward);
        setNote(registrationText(result, lang));
      } catch (e) {
        const text =
          e instanceof RegistrationRefused
            ? e.outcome.kind === 'refused'
              ? describeRefusal(e.outcome.refusal, lang)
              : describeConflict(e.outcome.fields, lang)
            : failureText(e, lang);
        setNote({ intent: 'error', title: tc(lang, 'case.registrar.failed'), text });
      }
    } catch (e) {
      setNote({
        intent: 'error',
        title: tc(lang, 'case.registrar.failed'),
        text: failureText(e, lang),
      });
    } finally {
      flight.current = false;
      setBusy(false);
    }
  };

  const mailbox = forward.origin.mailbox;
  return (
    <section
      className={styles.group}
      aria-labelledby={headingId}
      data-case="registrar"
      aria-busy={busy}
    >
      <h3 id={headingId} className={styles.subheading}>
        {tc(lang, 'case.registrar.heading')}
      </h3>
      {!registered && (
        <p className={styles.muted}>
          {mailbox !== undefined
            ? tc(lang, 'case.registrar.hint', { mailbox })
            : tc(lang, 'case.registrar.hint.unknown')}
        </p>
      )}
      {(!registered || state.originalUnmarked) && (
        <form
          className={styles.form}
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <Field
            label={tc(lang, 'case.registrar.label')}
            validationState={problem ? 'error' : 'none'}
            {...(problem ? { validationMessage: problem } : {})}
          >
            <Input
              value={reference}
              disabled={busy || registered}
              placeholder="KS 2026/123"
              data-case="registrar-reference"
              onChange={(_, d) => setReference(d.value)}
            />
          </Field>
          <div className={styles.buttons}>
            <Button
              type="submit"
              appearance="primary"
              disabled={busy || reference.trim() === ''}
              data-case="registrar-submit"
            >
              {registered ? tc(lang, 'case.registrar.again') : tc(lang, 'case.registrar.button')}
            </Button>
          </div>
          {busy && <Spinner size="tiny" label={tc(lang, 'case.registrar.saving')} />}
        </form>
      )}
      <div aria-live="polite">
        {note && (
          <MessageBar intent={note.intent} layout="multiline" data-registrar-note={note.intent}>
            <MessageBarBody>
              {note.title && <MessageBarTitle>{note.title}</MessageBarTitle>}
              {note.text}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
