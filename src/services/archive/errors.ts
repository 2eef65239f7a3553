/**
 * Archive failures as the add-in reports them: a kind (and for a few, a
 * reason) the user's sentence is chosen by, in nb, nn, sv and en; what the
 * archive itself said (a `{"feil": …}` description, a status line) is kept
 * as the technical detail for support, never shown as the sentence.
 */
import { format } from '../../core/i18n/types';
import type { Lang } from '../../core/model';
import { kindOf as graphKindOf } from '../graph/errors';
import { retryAfterMs } from '../http';
import { archiveFailureMessages } from './messages';
import type { ArchiveFailureKey } from './messages';
import type { ArchiveFailureKind, ArchiveFailureReason } from './failure-kinds';

export { ARCHIVE_FAILURE_KINDS } from './failure-kinds';
export type { ArchiveFailureKind, ArchiveFailureReason } from './failure-kinds';

export interface ArchiveFailureInit {
  /** The HTTP status, 0 when there was none. */
  readonly status?: number;
  readonly reason?: ArchiveFailureReason;
  /** How long the archive asked us to wait (Retry-After). */
  readonly retryAfterMs?: number;
  /** Values for the sentence's placeholders. */
  readonly params?: Readonly<Record<string, string | number>>;
}

export class ArchiveFailure extends Error {
  readonly status: number;
  readonly reason: ArchiveFailureReason | null;
  readonly retryAfterMs: number | null;
  readonly params: Readonly<Record<string, string | number>>;

  constructor(
    readonly kind: ArchiveFailureKind,
    /** What happened, for support: the archive's own words, a status line. */
    readonly detail: string,
    init: ArchiveFailureInit = {},
  ) {
    super(detail);
    this.name = 'ArchiveFailure';
    this.status = init.status ?? 0;
    this.reason = init.reason ?? null;
    this.retryAfterMs = init.retryAfterMs ?? null;
    this.params = init.params ?? {};
  }

  /** A short code for support that the sentences may show: "HTTP 400", "checksum". */
  get code(): string {
    return this.status > 0 ? `HTTP ${this.status}` : (this.reason ?? this.kind);
  }

  /** The sentence the user reads, in `lang`. */
  describe(lang: Lang): string {
    const key: ArchiveFailureKey =
      this.reason !== null
        ? `archive.failure.reason.${this.reason}`
        : `archive.failure.${this.kind}`;
    return format(archiveFailureMessages[lang][key], { code: this.code, ...this.params });
  }

  /** The same failure with more said for support. */
  withDetail(more: string): ArchiveFailure {
    return new ArchiveFailure(this.kind, `${this.detail}; ${more}`, {
      status: this.status,
      params: this.params,
      ...(this.reason !== null ? { reason: this.reason } : {}),
      ...(this.retryAfterMs !== null ? { retryAfterMs: this.retryAfterMs } : {}),
    });
  }

  /** The archive may have applied the request that failed this way (its answer was lost). */
  get ambiguous(): boolean {
    return this.kind === 'network' || this.kind === 'timeout' || this.kind === 'unavailable';
  }
}

/** The kind of failure for an HTTP status: Graph's, with 410 gone and 413 too large. */
export function kindOf(status: number): ArchiveFailureKind {
  if (status === 410) return 'not-found';
  if (status === 413) return 'too-large';
  return graphKindOf(status, '');
}

/**
 * What an error body says: the standard's `{"feil": {kode, beskrivelse}}`,
 * Nikita's older `{status, message, developerMessage}`, or nothing.
 */
export function errorDescription(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return null;
  const b = body as Record<string, unknown>;
  const feil = b['feil'];
  if (typeof feil === 'object' && feil !== null) {
    const d = (feil as Record<string, unknown>)['beskrivelse'];
    if (typeof d === 'string') return d;
  }
  for (const key of ['developerMessage', 'message']) {
    if (typeof b[key] === 'string') return b[key];
  }
  return null;
}

/** A failure from an archive answer that was not a success. */
export function failureFromAnswer(
  method: string,
  url: string,
  status: number,
  headers: Headers,
  body: unknown,
  now: number,
): ArchiveFailure {
  const said = errorDescription(body);
  const wait = retryAfterMs(headers.get('Retry-After'), now);
  return new ArchiveFailure(
    kindOf(status),
    `${method} ${url} answered ${status}${said !== null ? `: ${said}` : ''}`,
    { status, ...(wait !== null ? { retryAfterMs: wait } : {}) },
  );
}
