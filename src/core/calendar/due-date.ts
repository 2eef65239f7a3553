/**
 * R8: answer within N working days. Seed 003 (Vara): "Frågor som inkommer
 * via e-post ska besvaras så snart som möjligt och senast inom två
 * arbetsdagar."
 *
 * The deadline is the end of the N-th working day after the calendar date
 * on which the message arrived, in the organisation's time zone. A message
 * that arrives on a Saturday or a holiday is counted from that date too, so
 * it gets the same N full working days as one that arrives on a Friday
 * evening.
 */
import type { LocalDate } from './local-date';
import { formatLocalDate } from './local-date';
import { endOfLocalDay, localDateIn } from './time-zone';
import type { CalendarOptions } from './working-days';
import { addWorkingDays } from './working-days';

export interface DueDateOptions extends CalendarOptions {
  /** IANA time zone of the organisation, e.g. Europe/Oslo. */
  readonly timeZone: string;
  /** Working days to answer within (the profile's responseDays). */
  readonly days: number;
}

export interface DueDate {
  /** The last day to answer, `YYYY-MM-DD` in the organisation's zone. */
  readonly due: string;
  /** The end of that day (23:59:59.999 local) as an ISO instant, for Outlook's follow-up flag. */
  readonly dueAt: string;
  /** The local date the message arrived, `YYYY-MM-DD`. */
  readonly received: string;
}

/** Same as dueDate, with the dates as LocalDate values. */
export interface DueDateParts {
  readonly due: LocalDate;
  readonly dueAt: number;
  readonly received: LocalDate;
}

export function dueDateParts(received: Date, options: DueDateOptions): DueDateParts {
  if (!Number.isInteger(options.days) || options.days < 0) {
    throw new RangeError(`days must be a whole number of at least 0, not ${options.days}`);
  }
  const arrived = localDateIn(received, options.timeZone);
  const due = addWorkingDays(arrived, options.days, options);
  return { due, dueAt: endOfLocalDay(due, options.timeZone), received: arrived };
}

/**
 * When a message received at `received` must be answered. Throws RangeError
 * for an invalid date, an unknown time zone, or a year outside 1950–2100.
 */
export function dueDate(received: Date, options: DueDateOptions): DueDate {
  const p = dueDateParts(received, options);
  return {
    due: formatLocalDate(p.due),
    dueAt: new Date(p.dueAt).toISOString(),
    received: formatLocalDate(p.received),
  };
}
