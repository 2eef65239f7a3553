/**
 * The archive's kinds and reasons of failure, on their own so that the
 * failure (errors.ts) and its sentences (messages.ts) both build on them.
 */
import { GRAPH_FAILURE_KINDS } from '../graph/errors';

/** Graph's kinds of failure, and one more: a file larger than the archive takes. */
export const ARCHIVE_FAILURE_KINDS = [...GRAPH_FAILURE_KINDS, 'too-large'] as const;
export type ArchiveFailureKind = (typeof ARCHIVE_FAILURE_KINDS)[number];

/** Causes with a sentence of their own (the kind's sentence otherwise). */
export type ArchiveFailureReason =
  | 'not-noark'
  | 'relation'
  | 'arkivdel'
  | 'restriction-code'
  | 'checksum'
  | 'document-mismatch'
  | 'library'
  /** Something the filing's journal says it made is gone from the archive. */
  | 'deleted'
  /** The external id is on a record of another message (another fingerprint). */
  | 'identity-taken';
