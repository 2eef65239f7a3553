/** Working-day calendar for answer deadlines (R8). */
export type { LocalDate } from './local-date';
export {
  addDays,
  compareLocalDates,
  formatLocalDate,
  fromDayNumber,
  isValidLocalDate,
  localDate,
  parseLocalDate,
  toDayNumber,
  weekday,
} from './local-date';
export type { Holiday, HolidayKey, HolidayKind } from './holidays';
export {
  HOLIDAY_KEYS,
  MAX_YEAR,
  MIN_YEAR,
  holidayOn,
  holidaysInYear,
  isSupportedYear,
} from './holidays';
export type { CalendarOptions, NonWorkingReason } from './working-days';
export { addWorkingDays, isWorkingDay, nonWorkingReason, workingDaysBetween } from './working-days';
export type { LocalDateTime } from './time-zone';
export {
  endOfLocalDay,
  isValidTimeZone,
  localDateIn,
  localDateTimeIn,
  offsetAt,
} from './time-zone';
export type { DueDate, DueDateOptions, DueDateParts } from './due-date';
export { dueDate, dueDateParts } from './due-date';
export type { CalendarMessageKey } from './messages';
export { calendarMessages, holidayName } from './messages';
export {
  DATE_PATTERN,
  MONTH_NAMES,
  WEEKDAY_SHORT,
  formatDate,
  formatInstant,
  formatInstantDate,
  formatLocalDateTime,
  formatMonth,
  formatTime,
  parseDate,
} from './format';
