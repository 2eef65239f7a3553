/**
 * A local Microsoft Graph (v1.0) for the workbench and tests, backed by the
 * sample mailbox. See dev/graph/README.md for endpoints, tokens and faults.
 */
export { createGraphEmulator, startGraphEmulator } from './emulator';
export type {
  GraphEmulator,
  GraphEmulatorOptions,
  RequestLogEntry,
  RunningGraphEmulator,
} from './emulator';
export { FAULT_KINDS, Faults } from './faults';
export type { FaultKind, FaultRule, PendingFault } from './faults';
export {
  DEFAULT_COLLEAGUES,
  DEFAULT_OTHERS,
  GraphStore,
  loadSampleSeed,
  stableGuid,
  toEwsId,
  toRestId,
} from './store';
export type {
  Colleague,
  GraphSeed,
  OtherUser,
  MailboxRecord,
  MessageRecord,
  UserRecord,
} from './store';

/** The bearer token the emulator accepts for a user: `Authorization: Bearer test:<upn>`. */
export function testToken(upn: string): string {
  return `test:${upn}`;
}

/**
 * An application token (client credentials, as an administrator's script
 * uses): every mailbox, master categories included; not /me.
 */
export function appToken(name = 'arkivpost-admin'): string {
  return `test-app:${name}`;
}
