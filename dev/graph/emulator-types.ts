/**
 * The Graph emulator's public shape (emulator.ts): its options, the
 * request log, the handler and `fetch` it offers, and the standalone
 * server.
 */

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SampleMailboxIndex } from '../emulator/mailbox';
import type { Faults } from './faults';
import type { FaultKind } from './faults';
import type { BatchPart } from './context';
import type { GraphStore } from './store';
import type { Colleague, OtherUser, GraphSeed } from './store';

export interface GraphEmulatorOptions {
  /** The sample mailbox folder; default dev/mailbox under the working directory. */
  readonly mailboxDir?: string;
  /** Instead of mailboxDir/index.json. */
  readonly index?: SampleMailboxIndex;
  /** Second users of the function mailboxes; default DEFAULT_COLLEAGUES. */
  readonly colleagues?: readonly Colleague[];
  /** Users without access to the function mailbox; default DEFAULT_OTHERS. */
  readonly others?: readonly OtherUser[];
  /** Master categories that exist from the start, by mailbox address. */
  readonly categories?: GraphSeed['categories'];
  /** The example profiles (their registry mailboxes become mailboxes); default profiles/ beside dev/. */
  readonly profilesDir?: string;
  /** A ready seed: no files are read. */
  readonly seed?: GraphSeed;
  /** The clock (receivedDateTime of sent mail, lastModifiedDateTime, error dates). */
  readonly now?: () => Date;
  /** Delay every Graph answer by this much (the workbench may want a realistic feel). */
  readonly latencyMs?: number;
  /** URL prefix; default /graph. */
  readonly prefix?: string;
}

export interface RequestLogEntry {
  readonly requestId: string;
  readonly at: string;
  readonly method: string;
  /** Path after /v1.0, decoded, without the query. */
  readonly path: string;
  readonly query: string;
  principal: string | null;
  status: number | 'dropped';
  fault: FaultKind | null;
  /** The request changed the store (also when its answer was lost or replaced by a fault). */
  applied: boolean;
  /** For `POST /$batch`: its requests, in order, each with the status it was answered. */
  parts?: readonly BatchPart[];
}

export interface GraphEmulator {
  /** The current store (a reset makes a new one). */
  readonly store: GraphStore;
  readonly faults: Faults;
  /** Graph requests, oldest first (at most 5000). */
  readonly log: readonly RequestLogEntry[];
  readonly prefix: string;
  /** For a node:http(s) server: answers and returns true for <prefix>/…, else returns false. */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
  /** A fetch that reaches the emulator without a network (relative URLs are fine). */
  fetch(input: string | URL | Request, init?: RequestInit): Promise<Response>;
  /** Back to the seed; faults and the log cleared. */
  reset(): void;
  /**
   * Run `fill` on the store now (unless `now` is false), and again on
   * `repopulate` (a reset leaves it out).
   */
  populate(fill: (store: GraphStore) => void, now?: boolean): void;
  /** Run every `populate` fill again on the current store (`POST _emulator/sample`). */
  repopulate(): void;
  /** Cancel pending delays. */
  close(): void;
}

// ---------------------------------------------------------------- standalone server

export interface RunningGraphEmulator {
  /** Graph's service root: http://127.0.0.1:<port>/graph/v1.0 */
  readonly url: string;
  /** http://127.0.0.1:<port> (the controls are at <origin>/graph/_emulator/…). */
  readonly origin: string;
  readonly emulator: GraphEmulator;
  close(): Promise<void>;
}
