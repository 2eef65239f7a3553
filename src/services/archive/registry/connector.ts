/**
 * The registry-mailbox archive connector (R26): the original message goes
 * unchanged, as an .eml attachment, from the user's own mailbox to the
 * registry address (postmottak, registrator, diariet), whose archive imports
 * it; the subject and body say what the registrar needs (core/archive's
 * registrySubject and registryBody). Works with any archive; it cannot
 * search one.
 *
 * The sending (draft, attachment or upload session, send, and "nothing
 * twice") is ../forward.ts's, shared with "Send til postmottak".
 *
 * A forward is not an archived record: the message is "sent to the
 * registrar" until the registrar records the registration number
 * (../registrar.ts). The forward carries, in Internet headers, where the
 * original is (its mailbox and Message-ID) and its fingerprint.
 *
 * The filing journal's step "forward": its key (the external id and the
 * registry address) is noted before anything is made, what was made (the
 * forward's own Internet-Message-ID) after the send. A journal that says
 * "made" is never sent again, whatever Sent Items says.
 */
import { forwardHeaders, registryBody, registrySubject } from '../../../core/archive/registry';
import type { FilingJournalPort } from '../../../core/archive/journal';
import type { RegistryForward } from '../../../core/archive/registry';
import type { Clock, Lang } from '../../../core/model';
import type {
  ArchiveCase,
  ArchiveConnector,
  FiledRecord,
  FilingOutcome,
  FilingProgress,
  FilingRequest,
} from '../../../core/ports';
import { ForwardRefused, findSentOn, sendOn } from '../../send-on';
import type { GraphClient } from '../../graph/client';
import { GraphFailure } from '../../graph/errors';
import { ArchiveFailure } from '../errors';

export interface RegistryOptions {
  /** Graph, as the signed-in user: the forward leaves from their own mailbox. */
  readonly graph: GraphClient;
  /** The registry mailbox's address. */
  readonly to: string;
  /** The organisation's language: the body's labels. */
  readonly lang: Lang;
  /** The user, named in the body as who sent it for filing. */
  readonly by: { readonly name: string; readonly address: string };
  /** The organisation's time zone: dates in the body. Default Europe/Oslo. */
  readonly timeZone?: string;
  /** When the forward is sent. */
  readonly clock: Clock;
}

/** The journal's name for the one creating step. */
export const FORWARD_STEP = 'forward';

/**
 * Graph's failure as the archive's: the same kinds (throttled, unavailable,
 * network and timeout are worth another try, and the next try takes up
 * what this one left), the request id kept for support.
 */
function archiveFailure(e: unknown): ArchiveFailure {
  if (e instanceof ArchiveFailure) return e;
  if (e instanceof GraphFailure) {
    return new ArchiveFailure(
      e.status === 413 ? 'too-large' : e.kind,
      `Microsoft Graph answered ${e.status || 'nothing'}${e.code ? ` ${e.code}` : ''}: ${e.message}${e.requestId ? ` (request-id ${e.requestId})` : ''}`,
      { status: e.status },
    );
  }
  if (e instanceof ForwardRefused) return new ArchiveFailure('too-large', e.message);
  return new ArchiveFailure('unknown', e instanceof Error ? e.message : String(e));
}

/** The journal's key names this forward: the same external id to the same address. */
function sameKey(
  a: Readonly<Record<string, string>> | undefined,
  b: { readonly messageId: string; readonly to: string },
): boolean {
  return (
    a !== undefined &&
    a['messageId'] === b.messageId &&
    a['to']?.toLowerCase() === b.to.toLowerCase()
  );
}

class RegistryConnector implements ArchiveConnector {
  readonly kind = 'registry-mailbox' as const;

  constructor(private readonly o: RegistryOptions) {}

  /** A mailbox cannot search an archive: the registrar finds the case. */
  searchCases(): Promise<readonly ArchiveCase[]> {
    return Promise.resolve([]);
  }

  /** From the user's Sent Items: the case number the forward named, else the registry address. */
  async findFiled(messageId: string): Promise<FiledRecord | null> {
    try {
      const sent = await findSentOn(this.o.graph, messageId, this.o.to);
      return sent
        ? { reference: sent.reference ?? this.o.to, fingerprint: sent.fingerprint }
        : null;
    } catch (e) {
      throw archiveFailure(e);
    }
  }

  async file(
    request: FilingRequest,
    onProgress?: (p: FilingProgress) => void,
    journal?: FilingJournalPort,
  ): Promise<FilingOutcome> {
    // The original is the message's own MIME; its attachments are in it already.
    const main = request.documents.find((d) => d.role === 'main');
    if (!main) throw new ArchiveFailure('bad-request', 'the filing has no message (.eml) to send');
    const caseNumber = request.case.kind === 'existing' ? request.case.case.number : undefined;
    const sender = request.parties.find((p) => p.role === 'sender');
    const forward: RegistryForward = {
      documentType: request.documentType,
      ...(caseNumber ? { caseNumber } : {}),
      ...(request.restriction
        ? {
            restriction: {
              code: request.restriction.code,
              basis: request.restriction.basis,
              label: '',
            },
          }
        : {}),
      title: request.title,
      by: this.o.by,
      ...(sender ? { originalFrom: `${sender.name} <${sender.address}>` } : {}),
      receivedAt: request.date,
      messageId: request.messageId,
      ...(request.source ? { mailbox: request.source.mailbox } : {}),
      attachmentName: main.name,
    };
    const key = { messageId: request.messageId, to: this.o.to };
    const entry = journal?.get(FORWARD_STEP);
    const outcome = (sent: { earlier: boolean; at?: string; reference?: string | null }) =>
      ({
        kind: 'forwarded',
        to: this.o.to,
        earlier: sent.earlier,
        ...(sent.reference ? { reference: sent.reference } : {}),
        ...(sent.at ? { at: sent.at } : {}),
      }) as const;
    try {
      if (entry?.made && sameKey(entry.key, key)) {
        // Sent by an earlier attempt, in this pane or another: never again.
        const sent = await findSentOn(this.o.graph, request.messageId, this.o.to);
        return outcome({
          earlier: true,
          reference: sent?.reference ?? entry.made.ref ?? caseNumber ?? null,
          ...(sent?.at ? { at: sent.at } : {}),
        });
      }
      if (journal && !sameKey(entry?.key, key)) await journal.note({ step: FORWARD_STEP, key });
      const sent = await sendOn(
        this.o.graph,
        {
          to: this.o.to,
          subject: registrySubject(forward),
          body: registryBody(forward, this.o.lang, this.o.timeZone ?? 'Europe/Oslo'),
          messageId: request.messageId,
          name: main.name,
          ...(caseNumber ? { reference: caseNumber } : {}),
          ...(request.fingerprint ? { fingerprint: request.fingerprint } : {}),
          headers: forwardHeaders({
            messageId: request.source?.internetMessageId ?? request.messageId,
            ...(request.source ? { mailbox: request.source.mailbox } : {}),
            ...(request.fingerprint ? { fingerprint: request.fingerprint } : {}),
          }),
          original: () => Promise.resolve(main),
        },
        this.o.clock,
        (bytes, totalBytes) => onProgress?.({ step: 'documents', bytes, totalBytes }),
      );
      await journal?.note({
        step: FORWARD_STEP,
        key,
        made: {
          id: sent.forwardId ?? `${request.messageId} ${this.o.to}`,
          ...(sent.reference ? { ref: sent.reference } : {}),
        },
      });
      return outcome(sent);
    } catch (e) {
      throw archiveFailure(e);
    }
  }
}

export function createRegistryConnector(options: RegistryOptions): ArchiveConnector {
  return new RegistryConnector(options);
}
