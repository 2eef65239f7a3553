// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import { Button, Field, Input } from '@fluentui/react-components';
import { CalendarLtr20Regular } from '@fluentui/react-icons/svg/calendar-ltr';
import { DATE_PATTERN, formatDate, parseDate } from '../../core/calendar/format';
import { formatLocalDate, parseLocalDate } from '../../core/calendar/local-date';
import type { LocalDate } from '../../core/calendar/local-date';
import type { Lang } from '../../core/model';
import { DueCalendar } from './DueCalendar';
import { tc } from './messages';

export interface DueDateFieldProps {
  readonly lang: Lang;
  /** The field's label; "Svar innan" (the answer-by date) when not given. */
  readonly label?: string;
  /** The date shown, `YYYY-MM-DD` (the saved one, or the suggestion), or ''. */
  readonly value: string;
  /** The saved date, `YYYY-MM-DD`, or ''. */
  readonly saved: string;
  /** The day the calendar opens on when the field has no date (the day received), or ''. */
  readonly opensOn: string;
  /** Under the field; none when nothing can be saved (archived). */
  readonly hint?: string | undefined;
  readonly disabled: boolean;
  /** A new date the user typed or picked, `YYYY-MM-DD`. */
  readonly onCommit: (due: string) => void;
}

/**
 * The answer-by date as the user's language writes it (04.03.2026,
 * 2026-03-04, 4 March 2026) and read back the same way, not as the
 * browser's locale would have it: a text field, saved when the user leaves
 * it or presses Enter, only when they changed it; or a day picked in the
 * calendar under it (DueCalendar), opened by the button in the field.
 * Any other date the user enters (the log review's period) uses it too,
 * with its own label.
 */
export function DueDateField({
  lang,
  label,
  value,
  saved,
  opensOn,
  hint,
  disabled,
  onCommit,
}: DueDateFieldProps): React.JSX.Element {
  const shown = React.useMemo(() => {
    const d = parseLocalDate(value);
    return d ? formatDate(d, lang) : '';
  }, [value, lang]);
  const [text, setText] = React.useState(shown);
  const [invalid, setInvalid] = React.useState(false);
  const [open, setOpen] = React.useState(false);
  const toggleId = React.useId();
  // Typed since the field last showed the date: only then is there anything to save.
  const dirty = React.useRef(false);
  // Handed on to be saved: shown as typed until the save is over, then as it stands.
  const pending = React.useRef(false);
  React.useEffect(() => {
    if (dirty.current || (pending.current && disabled)) return;
    pending.current = false;
    setText(shown);
    setInvalid(false);
  }, [shown, disabled]);

  const save = (d: LocalDate): void => {
    dirty.current = false;
    setInvalid(false);
    setText(formatDate(d, lang));
    const due = formatLocalDate(d);
    if (due === saved) return;
    pending.current = true;
    onCommit(due);
  };

  const commit = (): void => {
    if (!dirty.current) return;
    if (text.trim() === '') {
      dirty.current = false;
      setText(shown);
      setInvalid(false);
      return;
    }
    const d = parseDate(text, lang);
    if (d === null) {
      setInvalid(true);
      return;
    }
    save(d);
  };
  const close = (): void => {
    setOpen(false);
    document.getElementById(toggleId)?.focus();
  };
  const selected = parseLocalDate(value);
  const start = selected ?? parseLocalDate(opensOn);

  const field = (
    <Field
      label={label ?? tc(lang, 'case.due.label')}
      {...(hint ? { hint } : {})}
      validationState={invalid ? 'error' : 'none'}
      {...(invalid
        ? { validationMessage: tc(lang, 'case.due.invalid', { pattern: DATE_PATTERN[lang] }) }
        : {})}
    >
      <Input
        disabled={disabled}
        value={text}
        placeholder={DATE_PATTERN[lang]}
        autoComplete="off"
        data-due-value={value}
        data-due-saved={saved}
        onChange={(_, d) => {
          dirty.current = true;
          setText(d.value);
        }}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          // Enter takes the date; it does not also submit a form around the
          // field with the date it had before.
          e.preventDefault();
          commit();
        }}
        {...(start
          ? {
              contentAfter: (
                <Button
                  id={toggleId}
                  appearance="transparent"
                  size="small"
                  disabled={disabled}
                  icon={<CalendarLtr20Regular />}
                  aria-label={tc(lang, 'case.due.calendar')}
                  aria-expanded={open}
                  onClick={() => setOpen(!open)}
                />
              ),
            }
          : {})}
      />
    </Field>
  );
  return (
    <>
      {field}
      {open && start && !disabled && (
        <DueCalendar
          lang={lang}
          selected={selected}
          start={start}
          onPick={(d) => {
            close();
            save(d);
          }}
          onClose={close}
        />
      )}
    </>
  );
}
