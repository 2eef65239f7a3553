// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import { Button } from '@fluentui/react-components';
import { ChevronLeft20Regular } from '@fluentui/react-icons/svg/chevron-left';
import { ChevronRight20Regular } from '@fluentui/react-icons/svg/chevron-right';
import { WEEKDAY_SHORT, formatDate, formatMonth } from '../../core/calendar/format';
import {
  addDays,
  addMonths,
  daysInMonth,
  formatLocalDate,
  toDayNumber,
  weekday,
} from '../../core/calendar/local-date';
import type { LocalDate } from '../../core/calendar/local-date';
import type { Lang } from '../../core/model';
import { useDueCalendarStyles } from './DueCalendar.styles';
import { tc } from './messages';

export interface DueCalendarProps {
  readonly lang: Lang;
  /** The date in the field, marked in the calendar. */
  readonly selected: LocalDate | null;
  /** The day the calendar opens on when the field has none. */
  readonly start: LocalDate;
  readonly onPick: (date: LocalDate) => void;
  /** Escape: the calendar closes without a date. */
  readonly onClose: () => void;
}

const sameDay = (a: LocalDate | null, b: LocalDate): boolean =>
  a !== null && a.y === b.y && a.m === b.m && a.d === b.d;

/** The month's weeks, Monday first; days of other months are null. */
function weeksOf(y: number, m: number): (LocalDate | null)[][] {
  const first: LocalDate = { y, m, d: 1 };
  const lead = weekday(first) - 1;
  const days = daysInMonth(y, m);
  const weeks: (LocalDate | null)[][] = [];
  for (let i = -lead; i < days; i += 7) {
    weeks.push(
      Array.from({ length: 7 }, (_, k) =>
        i + k >= 0 && i + k < days ? addDays(first, i + k) : null,
      ),
    );
  }
  return weeks;
}

/**
 * The calendar under the answer-by date, in the user's language: month and
 * day names from core/calendar/format, each day named as the field writes
 * it. It opens with the date's day focused; arrow keys move by day and week,
 * Page Up and Page Down by month, Home and End to the week's ends; Enter
 * picks, Escape closes. In the page, not a popup: Fluent's popover brings
 * focus guards that screen readers are told to ignore yet can reach.
 */
export function DueCalendar({
  lang,
  selected,
  start,
  onPick,
  onClose,
}: DueCalendarProps): React.JSX.Element {
  const styles = useDueCalendarStyles();
  const [focus, setFocus] = React.useState<LocalDate>(selected ?? start);
  const grid = React.useRef<HTMLTableElement>(null);
  // Opened, or moved by a key: the focused day takes the focus.
  const moved = React.useRef(true);
  React.useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    grid.current?.querySelector<HTMLButtonElement>('button[tabindex="0"]')?.focus();
  }, [focus]);

  const onKeyDown = (e: React.KeyboardEvent): void => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
      return;
    }
    const step: Record<string, () => LocalDate> = {
      ArrowLeft: () => addDays(focus, -1),
      ArrowRight: () => addDays(focus, 1),
      ArrowUp: () => addDays(focus, -7),
      ArrowDown: () => addDays(focus, 7),
      Home: () => addDays(focus, 1 - weekday(focus)),
      End: () => addDays(focus, 7 - weekday(focus)),
      PageUp: () => addMonths(focus, -1),
      PageDown: () => addMonths(focus, 1),
    };
    const to = step[e.key];
    if (!to) return;
    e.preventDefault();
    moved.current = true;
    setFocus(to());
  };
  const month = formatMonth(focus.y, focus.m, lang);

  return (
    <div className={styles.panel} onKeyDown={onKeyDown} data-due-calendar-panel="">
      <div className={styles.header}>
        <Button
          appearance="subtle"
          size="small"
          icon={<ChevronLeft20Regular />}
          aria-label={tc(lang, 'case.due.month.previous')}
          onClick={() => setFocus(addMonths(focus, -1))}
        />
        <h4 className={styles.month} aria-live="polite">
          {month}
        </h4>
        <Button
          appearance="subtle"
          size="small"
          icon={<ChevronRight20Regular />}
          aria-label={tc(lang, 'case.due.month.next')}
          onClick={() => setFocus(addMonths(focus, 1))}
        />
      </div>
      <table ref={grid} role="grid" aria-label={month} className={styles.grid}>
        <thead>
          <tr>
            {WEEKDAY_SHORT[lang].map((w) => (
              <th key={w} scope="col" className={styles.head}>
                {w}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeksOf(focus.y, focus.m).map((week) => (
            <tr key={week.find((d) => d !== null)?.d ?? 0}>
              {week.map((d, i) =>
                d === null ? (
                  <td key={`-${i}`} className={styles.cell} />
                ) : (
                  <td
                    key={toDayNumber(d)}
                    className={styles.cell}
                    aria-selected={sameDay(selected, d)}
                  >
                    <Button
                      className={styles.day}
                      appearance={sameDay(selected, d) ? 'primary' : 'subtle'}
                      size="small"
                      tabIndex={sameDay(focus, d) ? 0 : -1}
                      data-day={formatLocalDate(d)}
                      onClick={() => onPick(d)}
                    >
                      {/* Seen: the day's number; heard: the date as the field writes it. */}
                      <span aria-hidden="true">{d.d}</span>
                      <span className={styles.hidden}>{formatDate(d, lang)}</span>
                    </Button>
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
