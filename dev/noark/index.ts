/**
 * A local Noark 5 Tjenestegrensesnitt (Arkivverket's REST API for case
 * archives) for the archive connector and its tests, storing in a folder on
 * disk. See dev/noark/README.md for relations, fields, uploads and faults.
 */
export { createNoarkEmulator, startNoarkEmulator } from './emulator';
export type {
  NoarkEmulator,
  NoarkEmulatorOptions,
  RequestLogEntry,
  RunningNoarkEmulator,
} from './emulator';
export { NOARK_JSON, REL } from './routes';
export { NoarkStore, safeFileName } from './store';
export type { Entity } from './store';
export type { Kind } from './model';
export { JournalSeeder, addJournalRecord, externalIds } from './seed-records';
export type { JournalRecordSeed } from './seed-records';

/** The bearer token the emulator accepts for a user: `Authorization: Bearer test:<user>`. */
export function noarkToken(user: string): string {
  return `test:${user}`;
}
