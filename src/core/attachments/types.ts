import type { Params } from '../model';

/** One attachment as the host hands it over. */
export interface AttachmentInput {
  readonly name: string;
  readonly contentType?: string;
  readonly bytes: Uint8Array;
  /** The real size when the host could only give us the first `bytes.length` bytes. */
  readonly size?: number;
}

/**
 * What kind of file the attachment is, decided from its content first and its
 * name second (a renamed program is still a program). `zip` stands for any
 * archive (zip, 7z, rar, tar, gz, cab...); disk images are `other` with the
 * `disk-image` risk.
 */
export const ATTACHMENT_KINDS = [
  'pdf',
  'docx',
  'xlsx',
  'pptx',
  'office-macro',
  'zip',
  'eml',
  'html',
  'text',
  'image',
  'executable',
  'other',
] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/** R17: the signature state of a PDF. */
export const SIGNATURE_STATES = [
  'signed',
  'unsigned',
  'empty-field',
  'placeholder',
  'modified-after-signing',
  'timestamp-only',
  'usage-rights-only',
] as const;
export type SignatureState = (typeof SIGNATURE_STATES)[number];

/** R12: why an attachment is risky to open. */
export const RISK_CODES = [
  'executable',
  'script',
  'macro',
  'archive',
  'disk-image',
  'html',
  'double-extension',
  'rtl-override',
  'blocked-type',
] as const;
export type RiskCode = (typeof RISK_CODES)[number];

/** Why (part of) an attachment was not inspected (`attachment.not-inspected`). */
export const NOT_INSPECTED_REASONS = [
  'time',
  'size',
  'nesting',
  'parts',
  'encoding',
  'format',
] as const;
export type NotInspectedReason = (typeof NOT_INSPECTED_REASONS)[number];

export type RevisionKind = 'ins' | 'del' | 'move' | 'format';

/**
 * Signs that a document is not final (R17). `sensitivity-label` is reported
 * here because it is document metadata of the same sort, but it does not by
 * itself make the document a draft.
 */
export type DraftMarker =
  | {
      readonly type: 'revisions';
      readonly count: number;
      readonly kinds: readonly RevisionKind[];
    }
  | { readonly type: 'comments'; readonly count: number }
  | { readonly type: 'content-status'; readonly value: string }
  | { readonly type: 'watermark'; readonly text: string }
  | { readonly type: 'sensitivity-label'; readonly name?: string; readonly id?: string };

export const ATTACHMENT_CODES = [
  'attachment.pdf.unsigned',
  'attachment.pdf.empty-field',
  'attachment.pdf.placeholder',
  'attachment.pdf.modified-after-signing',
  'attachment.pdf.timestamp-only',
  'attachment.pdf.usage-rights-only',
  'attachment.draft.revisions',
  'attachment.draft.comments',
  'attachment.draft.status',
  'attachment.draft.watermark',
  'attachment.sensitivity-label',
  'attachment.risky.executable',
  'attachment.risky.script',
  'attachment.risky.macro',
  'attachment.risky.archive',
  'attachment.risky.disk-image',
  'attachment.risky.html',
  'attachment.risky.double-extension',
  'attachment.risky.rtl-override',
  'attachment.risky.blocked-type',
  'attachment.encrypted',
  'attachment.zip-bomb',
  'attachment.truncated',
  'attachment.too-large',
  'attachment.unreadable',
  'attachment.not-inspected',
] as const;
export type AttachmentCode = (typeof ATTACHMENT_CODES)[number];

/**
 * A finding about one attachment. The compose checks decide severity and
 * wording; the texts are in `messages.ts`.
 *
 * Params by code:
 * - `attachment.draft.revisions`: count, insertions, deletions, moves, formatting
 * - `attachment.draft.comments`: count
 * - `attachment.draft.status`: value
 * - `attachment.draft.watermark`: text
 * - `attachment.sensitivity-label`: name (the label id when only that is known)
 * - `attachment.risky.*`: type (upper-case file type, e.g. EXE); entry when found inside an archive
 * - `attachment.risky.double-extension`: shown, real
 * - `attachment.risky.rtl-override`: real
 * - `attachment.encrypted`: format (PDF, ZIP, Office)
 * - `attachment.zip-bomb`: limitMb
 * - `attachment.too-large`: limitMb, bound (`scan`, `part`, `text`, `host`), sizeMb
 * - `attachment.pdf.modified-after-signing`: revisions (incremental updates in the file)
 * - `attachment.not-inspected`: reason (`time`, `size`, `nesting`, `parts`, `encoding`, `format`),
 *   entry (the inner file, when the limit was met inside an archive or message)
 */
export interface AttachmentFinding {
  readonly code: AttachmentCode;
  readonly params?: Params;
}

/** Counts behind a PDF's signature state, for explanations and tests. */
export interface PdfSignatureInfo {
  /** Author (approval or certification) signatures with real content. */
  readonly signatures: number;
  /** Document time stamps (ETSI.RFC3161). */
  readonly timestamps: number;
  /** Usage-rights signatures (/Perms /UR3 or /UR, Adobe Reader extensions). */
  readonly usageRights: number;
  /** Signature dictionaries prepared for signing but never signed. */
  readonly placeholders: number;
  /** Signature fields without a value. */
  readonly emptyFields: number;
  /** Number of %%EOF markers: 1 for a file saved once, more after incremental updates. */
  readonly revisions: number;
}

export interface AttachmentReport {
  readonly name: string;
  readonly size: number;
  readonly kind: AttachmentKind;
  /** Null for anything that is not a PDF, and for a PDF that could not be read far enough. */
  readonly signature: SignatureState | null;
  readonly pdf?: PdfSignatureInfo;
  /** True when a draft marker other than a sensitivity label was found. */
  readonly draft: boolean;
  readonly draftMarkers: readonly DraftMarker[];
  readonly risky: boolean;
  readonly riskReasons: readonly RiskCode[];
  readonly encrypted: boolean;
  /**
   * Text for the text detectors (DOCX body, headers, footers, notes and
   * comments; XLSX and PPTX text; TXT/CSV; HTML without markup; an attached
   * message's subject and body), at most `InspectLimits.maxTextChars` long.
   */
  readonly text?: string;
  readonly findings: readonly AttachmentFinding[];
  /** Attachments of an attached message, each inspected in turn. */
  readonly children?: readonly AttachmentReport[];
}

/** Bounds on memory and work per attachment (all nested content shares them). */
export interface InspectLimits {
  /** Bytes of one attachment that are examined; a larger PDF is scanned at its head and tail. */
  readonly maxScanBytes: number;
  /** Bytes inflated from one zip entry or PDF object stream. */
  readonly maxPartBytes: number;
  /** Bytes inflated in total for one attachment, nesting included. */
  readonly maxTotalInflatedBytes: number;
  /** Inflated/compressed ratio above which a part is a zip bomb... */
  readonly maxRatio: number;
  /** ...once it has produced at least this many bytes. */
  readonly minBombBytes: number;
  /**
   * Nesting of attached messages and of files read as attachments of their
   * own (a document in an archive, an Outlook item's attachments). Each
   * level costs only its own bytes, so it can be generous.
   */
  readonly maxDepth: number;
  /** Nesting of archives in archives (zip in zip), where bombs multiply. */
  readonly maxArchiveDepth: number;
  /** Characters of extracted text. */
  readonly maxTextChars: number;
  /** Entries of one zip archive that are looked at. */
  readonly maxEntries: number;
  /** Objects of one PDF that are parsed. */
  readonly maxPdfObjects: number;
}

const MB = 1024 * 1024;

export const DEFAULT_LIMITS: InspectLimits = {
  maxScanBytes: 64 * MB,
  maxPartBytes: 32 * MB,
  maxTotalInflatedBytes: 64 * MB,
  maxRatio: 100,
  minBombBytes: 1 * MB,
  maxDepth: 16,
  maxArchiveDepth: 4,
  // As much text as the send check's 8 MB scan limit can hold: a text file
  // within the scan limit is read whole.
  maxTextChars: 8 * MB,
  maxEntries: 10_000,
  maxPdfObjects: 250_000,
};
