// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import {
  Button,
  Checkbox,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Option,
  ProgressBar,
  Radio,
  RadioGroup,
} from '@fluentui/react-components';
import type { FilingDeps } from '../../app/filing-session';
import {
  describeFound,
  offeredRestrictions,
  restrictionChoice,
  sameRestriction,
  screenedWords,
  suggestRestriction,
  titleFromSubject,
} from '../../core/archive';
import { caseNumberIn, normaliseCaseNumber } from '../../core/archive/case-number';
import { suggestedType } from '../../core/archive/document-type';
import type { FilingJournal } from '../../core/archive/journal';
import { findCaseReference } from '../../core/compose/case-ref';
import type { Lang } from '../../core/model';
import type { ArchiveCase } from '../../core/ports';
import type { Profile } from '../../core/profile/types';
import type { FilingChoice } from '../../services/filing';
import type { MessageFacts } from '../../app/read-facts';
import { CaseSearch } from './CaseSearch';
import { useFilingStyles } from './FilingPanel.styles';
import { activityText, sizeText } from './filingText';
import { attachmentChoices, choiceKey, titleProblems } from './form';
import { clearButton } from '../shell/fluentWords';
import { tf } from './messages';
import { NoteBar } from './NoteBar';
import { useFiling } from './useFiling';

export interface FilingPanelProps {
  readonly deps: FilingDeps;
  readonly facts: MessageFacts;
  readonly profile: Profile;
  readonly lang: Lang;
  /** The registry mailbox's address, when that is the archive: the whole message goes there. */
  readonly registry?: string;
  /** The message is being written: it goes whole, as it is now (R19). */
  readonly draft?: boolean;
  /** Filing is done (the host may look at the message again). */
  readonly onDone?: () => void;
  readonly onClose: () => void;
  /** "Fullfør arkiveringa": take up this unfinished filing at once, without the form. */
  readonly resume?: FilingJournal;
}

type DocumentType = FilingChoice['documentType'];
const TYPES: readonly DocumentType[] = ['I', 'U', 'N'];

/** The filing form, its progress and its result. */
export function FilingPanel({
  deps,
  facts,
  profile,
  lang,
  registry,
  draft = false,
  onDone,
  onClose,
  resume,
}: FilingPanelProps): React.JSX.Element {
  const styles = useFilingStyles();
  const headingId = React.useId();
  const { state, session } = useFiling(deps);
  const timeZone = profile.timeZone;
  // Opened below the fold: brought into view, its first field ready for typing.
  const sectionRef = React.useRef<HTMLElement>(null);
  React.useEffect(() => {
    const section = sectionRef.current;
    if (!section) return;
    if (typeof section.scrollIntoView === 'function')
      section.scrollIntoView({ block: 'start', behavior: 'smooth' });
    const first = section.querySelector<HTMLElement>(
      'form input:not([disabled]), form button:not([disabled])',
    );
    first?.focus({ preventScroll: true });
  }, []);
  // An unfinished filing is taken up once, with its own choice.
  React.useEffect(() => {
    if (resume) void session.resume(resume);
  }, [resume, session]);
  const reference = React.useMemo(() => findCaseReference(facts.subject), [facts.subject]);
  const [caseMode, setCaseMode] = React.useState<'existing' | 'new'>(
    reference && !registry ? 'existing' : 'new',
  );
  const [chosen, setChosen] = React.useState<ArchiveCase | null>(null);
  const [title, setTitle] = React.useState(() => titleFromSubject(facts.subject));
  // A new case is named as the document until the user names it otherwise.
  const [ownCaseTitle, setCaseTitle] = React.useState<string | null>(null);
  const caseTitle = ownCaseTitle ?? title;
  const [caseNumber, setCaseNumber] = React.useState('');
  const [type, setType] = React.useState<DocumentType>(() => suggestedType(facts, profile));
  const restrictions = React.useMemo(() => offeredRestrictions(profile), [profile]);
  // The restriction the content asks for (core/archive/suggest), chosen from the start.
  const suggestion = React.useMemo(
    () => suggestRestriction(facts.sensitive ?? [], profile),
    [facts.sensitive, profile],
  );
  const found = suggestion ? describeFound(suggestion, lang) : '';
  const [restriction, setRestriction] = React.useState<number>(() =>
    suggestion ? restrictions.findIndex((r) => sameRestriction(r, suggestion.restriction)) : -1,
  );
  // "No restriction" against the suggestion: only once the user has confirmed it.
  const [publicConfirmed, setPublicConfirmed] = React.useState(false);
  const confirmNeeded = suggestion !== null && restriction === -1;
  const screened = React.useMemo(
    () =>
      screenedWords(
        { findings: facts.sensitive ?? [], correspondents: facts.people ?? [] },
        profile,
      ),
    [facts.sensitive, facts.people, profile],
  );
  const attachments = React.useMemo(() => attachmentChoices(facts), [facts]);
  const [checked, setChecked] = React.useState<ReadonlySet<string>>(
    () => new Set(attachments.map(choiceKey)),
  );

  const done = state.phase === 'done';
  const onDoneRef = React.useRef(onDone);
  onDoneRef.current = onDone;
  React.useEffect(() => {
    if (done) onDoneRef.current?.();
  }, [done]);

  const problems = titleProblems(title, profile, lang);
  const caseProblems =
    caseMode === 'new' && !registry ? titleProblems(caseTitle, profile, lang) : [];
  const number = caseNumber.trim() === '' ? null : normaliseCaseNumber(caseNumber);
  const numberInvalid = registry !== undefined && caseNumber.trim() !== '' && number === null;
  const filing = state.phase === 'filing';
  const finished = state.phase === 'done';
  const ready =
    problems.length === 0 &&
    caseProblems.length === 0 &&
    !numberInvalid &&
    (!confirmNeeded || publicConfirmed) &&
    (registry !== undefined || caseMode === 'new' || chosen !== null);

  const choice = (): FilingChoice => {
    const r = restrictions[restriction];
    const caseChoice: FilingChoice['case'] =
      registry !== undefined
        ? number
          ? { kind: 'existing', case: { id: number, number, title: '' } }
          : { kind: 'new', title: title.trim() }
        : caseMode === 'existing' && chosen
          ? { kind: 'existing', case: chosen }
          : { kind: 'new', title: caseTitle.trim() };
    return {
      case: caseChoice,
      documentType: type,
      title: title.trim(),
      ...(r
        ? {
            restriction: {
              code: r.code,
              basis: r.basis,
              ...(screened.length > 0 ? { screenedWords: screened } : {}),
            },
          }
        : {}),
      attachments:
        registry !== undefined ? [] : attachments.filter((a) => checked.has(choiceKey(a))),
    };
  };
  const submit = (): void => {
    // One filing at a time: a second click while it runs does nothing (the session joins it too).
    if (session.current.phase === 'filing') return;
    if (resume) void session.resume(resume);
    else if (ready) void session.file(choice());
  };
  // Nothing in the form changes while it is filed, or once it is.
  const disabled = filing || finished;

  return (
    <section
      ref={sectionRef}
      className={styles.group}
      aria-labelledby={headingId}
      data-section="filing"
      data-filing-phase={state.phase}
      aria-busy={filing}
    >
      <h3 id={headingId} className={styles.subheading}>
        {tf(lang, 'filing.heading')}
      </h3>
      {!finished && !resume && (
        <form
          className={styles.form}
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          {registry === undefined ? (
            <fieldset className={styles.fieldset} disabled={disabled}>
              <legend className={styles.subheading}>{tf(lang, 'filing.case.heading')}</legend>
              <RadioGroup
                layout="horizontal"
                value={caseMode}
                disabled={disabled}
                onChange={(_, d) => setCaseMode(d.value as 'existing' | 'new')}
              >
                <Radio value="existing" label={tf(lang, 'filing.case.existing')} />
                <Radio value="new" label={tf(lang, 'filing.case.new')} />
              </RadioGroup>
              {caseMode === 'existing' ? (
                <CaseSearch
                  lang={lang}
                  timeZone={timeZone}
                  session={session}
                  state={state}
                  chosen={chosen}
                  onChoose={setChosen}
                  initialQuery={(reference && caseNumberIn(reference.text)) ?? ''}
                  disabled={disabled}
                />
              ) : (
                <Field
                  label={tf(lang, 'filing.case.title')}
                  validationState={caseProblems.length > 0 ? 'error' : 'none'}
                  {...(caseProblems.length > 0
                    ? { validationMessage: caseProblems.join(' ') }
                    : {})}
                >
                  <Input
                    value={caseTitle}
                    disabled={disabled}
                    data-filing="case-title"
                    onChange={(_, d) => setCaseTitle(d.value)}
                  />
                </Field>
              )}
            </fieldset>
          ) : (
            <Field
              label={tf(lang, 'filing.case.number')}
              hint={tf(lang, 'filing.case.number.hint')}
              validationState={numberInvalid ? 'error' : 'none'}
              {...(numberInvalid
                ? { validationMessage: tf(lang, 'filing.case.number.invalid') }
                : {})}
            >
              <Input
                value={caseNumber}
                disabled={disabled}
                data-filing="case-number"
                inputMode="numeric"
                placeholder="2026/123"
                onChange={(_, d) => setCaseNumber(d.value)}
              />
            </Field>
          )}

          <Field label={tf(lang, 'filing.type.heading')}>
            <RadioGroup
              layout="horizontal"
              value={type}
              disabled={disabled}
              data-filing="type"
              onChange={(_, d) => setType(d.value as DocumentType)}
            >
              {TYPES.map((t) => (
                <Radio key={t} value={t} label={tf(lang, `filing.type.${t}`)} />
              ))}
            </RadioGroup>
          </Field>

          <Field
            label={tf(lang, 'filing.title')}
            validationState={problems.length > 0 ? 'error' : 'none'}
            {...(problems.length > 0
              ? { validationMessage: problems.join(' ') }
              : { hint: tf(lang, 'filing.title.hint') })}
          >
            <Input
              value={title}
              disabled={disabled}
              data-filing="title"
              onChange={(_, d) => setTitle(d.value)}
            />
          </Field>

          <Field
            label={tf(lang, 'filing.restriction')}
            {...(suggestion
              ? {
                  hint: (
                    <span data-filing="restriction-reason">
                      {tf(lang, 'filing.restriction.suggested', { found })}
                    </span>
                  ),
                }
              : {})}
          >
            <Dropdown
              clearButton={clearButton(lang)}
              disabled={disabled}
              data-filing="restriction"
              value={
                restrictions[restriction]
                  ? restrictionChoice(restrictions[restriction], lang)
                  : tf(lang, 'filing.restriction.none')
              }
              selectedOptions={[String(restriction)]}
              onOptionSelect={(_, d) => {
                setRestriction(Number(d.optionValue ?? -1));
                setPublicConfirmed(false);
              }}
            >
              <Option value="-1">{tf(lang, 'filing.restriction.none')}</Option>
              {restrictions.map((r, i) => (
                <Option
                  key={`${r.code}${r.basis}`}
                  value={String(i)}
                  text={restrictionChoice(r, lang)}
                >
                  {`${restrictionChoice(r, lang)} (${r.label})`}
                </Option>
              ))}
            </Dropdown>
          </Field>
          {confirmNeeded && (
            <div data-filing="public">
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>{tf(lang, 'filing.public.warning')}</MessageBarBody>
              </MessageBar>
              <Checkbox
                data-filing="confirm-public"
                disabled={disabled}
                checked={publicConfirmed}
                label={tf(lang, 'filing.public.confirm', { found })}
                onChange={(_, d) => setPublicConfirmed(d.checked === true)}
              />
            </div>
          )}

          {registry !== undefined || draft ? (
            <p className={styles.muted} data-filing="whole">
              {registry !== undefined
                ? tf(lang, 'filing.attachments.whole', { to: registry })
                : tf(lang, 'filing.attachments.draft')}
            </p>
          ) : (
            <fieldset className={styles.fieldset} disabled={disabled}>
              <legend className={styles.subheading}>{tf(lang, 'filing.attachments')}</legend>
              <p className={styles.muted}>{tf(lang, 'filing.attachments.main')}</p>
              {attachments.length === 0 && (
                <p className={styles.muted}>{tf(lang, 'filing.attachments.none')}</p>
              )}
              {attachments.map((a) => {
                const key = choiceKey(a);
                return (
                  <Checkbox
                    key={key}
                    disabled={disabled}
                    data-attachment={a.name}
                    checked={checked.has(key)}
                    label={`${a.name} (${sizeText(a.size, lang)})`}
                    onChange={(_, d) => {
                      const next = new Set(checked);
                      if (d.checked === true) next.add(key);
                      else next.delete(key);
                      setChecked(next);
                    }}
                  />
                );
              })}
            </fieldset>
          )}

          <div className={styles.buttons}>
            <Button
              type="submit"
              appearance="primary"
              disabled={!ready || disabled}
              data-filing="submit"
            >
              {registry !== undefined
                ? tf(lang, 'filing.submit.registry')
                : tf(lang, 'filing.submit')}
            </Button>
            <Button disabled={filing} onClick={onClose}>
              {tf(lang, 'filing.cancel')}
            </Button>
          </div>
        </form>
      )}
      {state.progress && (
        <Field
          validationMessage={
            state.signIn
              ? tf(lang, 'filing.progress.sign-in')
              : activityText(state.progress.activity, lang, timeZone)
          }
          validationState="none"
          data-filing-activity={state.signIn ? 'sign-in' : state.progress.activity.step}
        >
          <ProgressBar
            {...(state.progress.value !== undefined ? { value: state.progress.value } : {})}
            thickness="large"
            aria-label={tf(lang, 'filing.heading')}
          />
        </Field>
      )}
      {state.confirm && (
        <MessageBar intent="warning" layout="multiline" data-filing="drafts">
          <MessageBarBody>
            <MessageBarTitle>{tf(lang, 'filing.draft.warning.title')}</MessageBarTitle>
            <p className={styles.value}>
              {tf(lang, 'filing.draft.warning', { names: state.confirm.names.join(', ') })}
            </p>
          </MessageBarBody>
          <MessageBarActions>
            <Button data-filing="drafts-continue" onClick={() => session.confirm(true)}>
              {tf(lang, 'filing.draft.continue')}
            </Button>
            <Button onClick={() => session.confirm(false)}>{tf(lang, 'filing.cancel')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <div aria-live="polite">
        {state.note && (
          <NoteBar note={state.note} lang={lang} timeZone={timeZone} onRetry={submit} />
        )}
      </div>
    </section>
  );
}

export default FilingPanel;
