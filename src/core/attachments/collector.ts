/** Gathers what the inspectors find about one attachment, without duplicates. */
import type { Params } from '../model';
import { toMb } from './bytes';
import type { Budget } from './inflate';
import type {
  AttachmentCode,
  NotInspectedReason,
  AttachmentFinding,
  AttachmentKind,
  AttachmentReport,
  DraftMarker,
  PdfSignatureInfo,
  RiskCode,
  SignatureState,
} from './types';

/** A file found inside an attachment, to be inspected as one of its own. */
export interface InnerDocument {
  /** Its path from the attachment ("saken.zip/vedtak.docx"). */
  readonly name: string;
  readonly bytes: Uint8Array;
  /** Its real size, when only part of it could be read. */
  readonly size: number;
  /** Archives it is inside, below the attachment. */
  readonly nesting: number;
}

export class Collector {
  kind: AttachmentKind = 'other';
  signature: SignatureState | null = null;
  pdf: PdfSignatureInfo | undefined;
  encrypted = false;
  readonly markers: DraftMarker[] = [];
  readonly reasons: RiskCode[] = [];
  readonly findings: AttachmentFinding[] = [];
  readonly children: AttachmentReport[] = [];
  /**
   * Files found inside this one (a document in an archive, an Office file
   * embedded in another) to be inspected as attachments of their own, for
   * their text and what is inside them. `nesting` is how many archives deep
   * they were found.
   */
  readonly documents: InnerDocument[] = [];
  private readonly texts: string[] = [];
  private textLength = 0;
  private textCut = false;

  constructor(
    readonly budget: Budget,
    /** Levels of attached messages and documents above this attachment. */
    readonly depth: number,
    /** Archives that contain this attachment (zip in zip counts toward maxArchiveDepth). */
    readonly archiveDepth = 0,
  ) {}

  /**
   * Add a finding once per code; `attachment.not-inspected` once per reason,
   * so that "not inspected in time" is not hidden behind "not inspected for
   * size" (the first entry of each reason is named).
   */
  add(code: AttachmentCode, params?: Params): void {
    if (code === 'attachment.not-inspected') {
      const reason = params?.['reason'];
      if (this.findings.some((f) => f.code === code && f.params?.['reason'] === reason)) return;
    } else if (this.findings.some((f) => f.code === code)) return;
    this.findings.push(params ? { code, params } : { code });
  }

  /**
   * Say that (part of) the attachment was not inspected and why. `entry`
   * names the inner file when the limit was met inside an archive, a
   * document or an attached message.
   */
  notInspected(reason: NotInspectedReason, entry?: string): void {
    this.add('attachment.not-inspected', entry !== undefined ? { reason, entry } : { reason });
  }

  drop(code: AttachmentCode): void {
    const i = this.findings.findIndex((f) => f.code === code);
    if (i >= 0) this.findings.splice(i, 1);
  }

  addAll(findings: readonly AttachmentFinding[]): void {
    for (const f of findings) this.add(f.code, f.params);
  }

  risk(reason: RiskCode, params?: Params): void {
    if (this.reasons.indexOf(reason) < 0) this.reasons.push(reason);
    this.add(`attachment.risky.${reason}`, params);
  }

  markEncrypted(format: string): void {
    this.encrypted = true;
    this.add('attachment.encrypted', { format });
  }

  bomb(): void {
    this.budget.bomb = true;
    this.add('attachment.zip-bomb', { limitMb: toMb(this.budget.limits.minBombBytes) });
  }

  /**
   * A limit cut the reading short: `too-large` says how much was read, and
   * `not-inspected` (reason size) makes sure the rest is never passed over
   * in silence.
   */
  tooLarge(
    limitBytes: number,
    bound: 'scan' | 'part' | 'text' | 'host',
    sizeBytes: number,
    entry?: string,
  ): void {
    this.add('attachment.too-large', { limitMb: toMb(limitBytes), bound, sizeMb: toMb(sizeBytes) });
    this.notInspected('size', entry);
  }

  /** Append text for the detectors, within the character limit. */
  text(s: string): void {
    if (s.length === 0 || this.textCut) return;
    const max = this.budget.limits.maxTextChars;
    const sep = this.texts.length > 0 ? 2 : 0;
    const room = max - this.textLength - sep;
    if (room <= 0 || s.length > room) {
      if (room > 0) this.pushText(s.slice(0, room));
      this.textCut = true;
      this.add('attachment.too-large', { limitMb: toMb(max), bound: 'text' });
      this.notInspected('size');
      return;
    }
    this.pushText(s);
  }

  private pushText(s: string): void {
    if (this.texts.length > 0) this.textLength += 2;
    this.texts.push(s);
    this.textLength += s.length;
  }

  report(name: string, size: number): AttachmentReport {
    const draft = this.markers.some((m) => m.type !== 'sensitivity-label');
    const text = this.texts.join('\n\n');
    return {
      name,
      size,
      kind: this.kind,
      signature: this.signature,
      ...(this.pdf ? { pdf: this.pdf } : {}),
      draft,
      draftMarkers: this.markers,
      risky: this.reasons.length > 0,
      riskReasons: this.reasons,
      encrypted: this.encrypted,
      ...(text.length > 0 ? { text } : {}),
      findings: this.findings,
      ...(this.children.length > 0 ? { children: this.children } : {}),
    };
  }
}
