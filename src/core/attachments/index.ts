/** Attachment inspection (R12 risky types, R17 drafts and signatures, text for R10/R15). */
export { inspectAttachment } from './inspect';
export type { InspectOptions } from './inspect';
export { inspectPdf } from './pdf';
export type { PdfInspection, PdfOptions } from './pdf';
export { inspectDocx } from './office';
export type { OfficeInspection } from './office';
export { riskOfName } from './names';
export { htmlToText } from './text';
export { decodeText } from './decode';
export type { MessageParser, ParsedMessage } from './message';
export { attachmentMessages } from './messages';
export {
  ATTACHMENT_CODES,
  ATTACHMENT_KINDS,
  DEFAULT_LIMITS,
  RISK_CODES,
  SIGNATURE_STATES,
} from './types';
export type {
  AttachmentCode,
  AttachmentFinding,
  AttachmentInput,
  AttachmentKind,
  AttachmentReport,
  DraftMarker,
  InspectLimits,
  PdfSignatureInfo,
  RevisionKind,
  RiskCode,
  SignatureState,
} from './types';
