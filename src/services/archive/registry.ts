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
 */
import { registryBody, registrySubject } from '../../core/archive/registry';
import type { RegistryForward } from '../../core/archive/registry';
import type { Lang } from '../../core/model';
import type {
  ArchiveCase,
  ArchiveConnector,
  FiledRecord,
  FilingOutcome,
  FilingProgress,
  FilingRequest,
} from '../../core/ports';
import { ForwardRefused, findSentOn, sendOn } from '../forward';
import type { GraphClient } from '../graph/client';
import { GraphFailure } from '../graph/errors';
import { ArchiveFailure } from './errors';

export interface RegistryOptions {
  /** Graph, as the signed-in user: the forward leaves from their own mailbox. */
  readonly graph: GraphClient;
  /** The registry mailbox's address. */
  readonly to: string;
  /** The organisation's language: the body's labels. */
  readonly lang: Lang;
  /** The user, named in the body as who sent it for filing. */
  readonly by: { readonly name: string; readonly address: string };
  readonly now?: () => Date;
}

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
      return sent ? { reference: sent.reference ?? this.o.to, fingerprint: null } : null;
    } catch (e) {
      throw archiveFailure(e);
    }
  }

  async file(
    request: FilingRequest,
    onProgress?: (p: FilingProgress) => void,
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
      attachmentName: main.name,
    };
    try {
      const sent = await sendOn(
        this.o.graph,
        {
          to: this.o.to,
          subject: registrySubject(forward),
          body: registryBody(forward, this.o.lang),
          messageId: request.messageId,
          name: main.name,
          ...(caseNumber ? { reference: caseNumber } : {}),
          original: () => Promise.resolve(main),
        },
        (bytes, totalBytes) => onProgress?.({ step: 'documents', bytes, totalBytes }),
        this.o.now,
      );
      const reference = sent.reference ?? undefined;
      return {
        kind: 'forwarded',
        to: this.o.to,
        earlier: sent.earlier,
        ...(reference ? { reference } : {}),
      };
    } catch (e) {
      throw archiveFailure(e);
    }
  }
}

export function createRegistryConnector(options: RegistryOptions): ArchiveConnector {
  return new RegistryConnector(options);
}
