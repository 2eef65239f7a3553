import type { Country, Lang, Severity } from '../model';
import type { MailboxKind, RestrictionGround } from './lists';

export type { MailboxKind, RestrictionGround } from './lists';

/**
 * The checks an organisation can switch on or off and give a severity.
 * `off` disables a check. Defaults live in `compose/checks.ts`.
 */
export const CHECK_IDS = [
  /** R14: national ID or sensitive words in the subject. */
  'subject-sensitive',
  /** R15: national ID numbers in body or attachments. */
  'national-id',
  /** R15: special categories (GDPR art. 9/10) and confidential welfare matters. */
  'special-category',
  /** R15: marked taushetsbelagt / sekretess. */
  'confidential',
  /** R16: exempt from public access (unntatt offentlighet) to external recipients, unencrypted. */
  'exempt-external',
  /** R17: draft or unsigned attachments to external recipients. */
  'draft-attachment',
  /** R18: messages the law requires in writing (forhåndsvarsel, ...). */
  'legal-form',
  /** R2: official mail sent from a personal mailbox. */
  'personal-mailbox',
  /** R19: an outgoing case document without our archive reference: journal it first. */
  'unjournaled-case-document',
  /**
   * Norway: a vedtak or forhåndsvarsel to an outside party by e-mail needs the
   * party's acceptance of electronic communication (eForvaltningsforskriften § 8).
   */
  'electronic-consent',
  /** R12 (outgoing side too): risky attachment types. */
  'risky-attachment',
  /**
   * An attachment, or part of one, or of the text, that the send check could
   * not inspect (time, size, nesting, parts, encoding, unreadable): always at
   * least a warning naming it; a profile may raise it to a block.
   */
  'uninspected',
  /** Threatening language in an outgoing message. */
  'threat',
  /** R20: good-practice hints, never blocking. */
  'good-practice',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export type CheckSetting = Severity | 'off';

export interface FunctionMailbox {
  readonly address: string;
  readonly name: string;
  readonly department?: string;
  readonly kind: MailboxKind;
  /** True for the registry / postmottak (registrator, diariet). */
  readonly registry?: boolean;
  /**
   * The mailNickname of the security group whose members have Full Access
   * to this mailbox: the read pane offers them first in "Tildelt til".
   */
  readonly accessGroup?: string;
  /**
   * Who is answerable for the mailbox as a whole (R21): each gets the daily
   * overview by mail (`arkivpost oversight overview --digest`).
   */
  readonly supervisors?: readonly string[];
}

/** Oversight settings (R21–R23): the daily digest to the mailboxes' supervisors. */
export interface OversightSettings {
  /** The mailbox the digest is sent from (the application needs Mail.Send on it). */
  readonly digestSender?: string;
}

/** The add-in's app registration in Microsoft Entra ID (docs/admin.md). */
export interface SignIn {
  /** The application (client) id. */
  readonly clientId: string;
  /** The directory (tenant) id; default: any work account ("organizations"). */
  readonly tenantId?: string;
}

/**
 * Where "Lagre i saksarkiv" files mail (R5, R26): one archive per
 * organisation, behind the one connector interface (core/ports).
 */
export type ArchiveSetting =
  | {
      readonly kind: 'noark5';
      /** The Noark 5 Tjenestegrensesnitt API root: https://…/noark5v5/ (or /noark5v5/ on the add-in's own server). */
      readonly url: string;
      /** The archive API's scope in Entra ID (e.g. api://arkiv.kommune.no/.default); default: the Graph sign-in's token. */
      readonly scope?: string;
      /** The arkivdel new cases go into (systemID or title), where the archive has several. */
      readonly arkivdel?: string;
      /** The profile's access codes as the archive's tilgangsrestriksjon codes, where they differ. */
      readonly restrictionCodes?: Readonly<Record<string, string>>;
    }
  | {
      readonly kind: 'registry-mailbox';
      /** Where the original is forwarded; default: the profile's registry mailbox. */
      readonly address?: string;
    }
  | {
      readonly kind: 'sharepoint';
      /** The site as Graph addresses it: host name and path, e.g. mellerud.sharepoint.com:/sites/diarium. */
      readonly site: string;
      /** The document library's name on that site, e.g. Ärenden. */
      readonly library: string;
    };

/** An access restriction as the record carries it: "U" and "Offl. § 13 jf. fvl. § 13 …". */
export interface RestrictionEntry {
  /** The archive's code: Norwegian tilgangskode ("U", "B"), Swedish "S". */
  readonly code: string;
  /** The legal basis as written on the record. */
  readonly basis: string;
  /** What it covers, for people choosing it; default: the basis. */
  readonly label?: string;
}

/** The restriction the content suggests, and what the public journal screens. */
export interface RestrictionSettings {
  /** Per ground, the restriction it suggests where it differs from the country's default. */
  readonly suggest?: { readonly [G in RestrictionGround]?: RestrictionEntry };
  readonly screen?: {
    /** Screen the ID numbers found in the message (default true). */
    readonly idNumbers?: boolean;
    /** Screen the names of private persons: correspondents, and names next to ID numbers (default true). */
    readonly privateNames?: boolean;
  };
}

/**
 * Norway: where a party's acceptance of electronic communication is recorded
 * (eForvaltningsforskriften § 8), named in the send check's warning: one
 * text, or one per language of the user interface.
 */
export interface ElectronicConsentSettings {
  readonly where: string | { readonly [L in Lang]?: string };
}

/**
 * R9 (seed 000 §4: "Dersom det i medhold av lov stilles krav om underskrift,
 * skal e-post avvises"): what by law needs a signature in this organisation,
 * and the reply that asks for a signed version.
 */
export interface SignatureSettings {
  /** The kinds of document that need a signature, each with the words that show it and its legal basis. */
  readonly rules: readonly SignatureRule[];
  /** The reply per language (plain text, placeholders: {senderName} {subject} {received} {organisation} {signedTo} {service}); the organisation's language at least. */
  readonly templates: { readonly [L in Lang]?: string };
  /** Where to send a signed version (a postal address), one text or one per language. */
  readonly signedTo: LocalText;
  /** The digital service to use instead (signed with an electronic ID), e.g. its address. */
  readonly service?: LocalText;
}

/** What a reply template may say, filled from the message and the profile. */
export const SIGNATURE_PLACEHOLDERS = [
  'senderName',
  'subject',
  'received',
  'organisation',
  'signedTo',
  'service',
] as const;
export type SignaturePlaceholder = (typeof SIGNATURE_PLACEHOLDERS)[number];

/** One text, or one per language. */
export type LocalText = string | { readonly [L in Lang]?: string };

/** A kind of document that needs a signature, e.g. a complaint (klage) about a decision. */
export interface SignatureRule {
  /** What it is, as the warning names it: "Klage på vedtak", "Överklagande". */
  readonly kind: string;
  /**
   * Words and phrases that show it in the subject or the text, matched at the
   * start of a word and case-insensitively: "klage", "klagar på vedtaket".
   */
  readonly phrases: readonly string[];
  /** Words of an attachment's file name that show it (e.g. "fullmakt"): the document attached unsigned. */
  readonly documents?: readonly string[];
  /** The legal basis, as the warning cites it: "Forvaltningsloven § 32 første ledd bokstav a". */
  readonly basis: string;
}

/** Extra keywords an organisation adds, per detector category. */
export interface ExtraKeywords {
  readonly 'special-category'?: readonly string[];
  readonly confidentiality?: readonly string[];
  readonly 'legal-form'?: readonly string[];
  readonly threat?: readonly string[];
}

/** R13: disposal of mail of little or temporary importance (seed 003). */
export interface DisposalSettings {
  /** Days after the message arrived from which it may be deleted (0: at once). */
  readonly ephemeralAfterDays: number;
}

export interface Profile {
  readonly $schema?: string;
  readonly id: string;
  readonly name: string;
  /** Free text for administrators, e.g. where the addresses come from. */
  readonly description?: string;
  readonly country: Country;
  readonly language: Lang;
  /** IANA time zone, e.g. Europe/Oslo. */
  readonly timeZone: string;
  /** Mail domains of the organisation (lower case, no @). */
  readonly domains: readonly string[];
  readonly mailboxes: readonly FunctionMailbox[];
  /** Working days to answer within (R8). */
  readonly responseDays: number;
  /** Extra non-working days, YYYY-MM-DD. */
  readonly extraHolidays?: readonly string[];
  /** Norway: julaften/nyttårsaften are working days unless this is true. */
  readonly christmasEveOff?: boolean;
  readonly keywords?: ExtraKeywords;
  readonly checks?: { readonly [K in CheckId]?: CheckSetting };
  /** Norway: where acceptance of electronic communication is recorded (check `electronic-consent`). */
  readonly electronicConsent?: ElectronicConsentSettings;
  /** R9: what needs a signature, and the reply asking for a signed version. */
  readonly signature?: SignatureSettings;
  /** What the send check does when it cannot complete: see docs/adr. */
  readonly onError?: 'allow' | 'block';
  /**
   * Text the organisation's common e-mail signature always contains (e.g.
   * "Vara kommun"); when set, a body without any of them earns a hint (R20).
   */
  readonly signatureMarkers?: readonly string[];
  /**
   * Subject tags that make the mail system encrypt the message (e.g.
   * "[sikker]", "[krypter]", "[encrypt]"); such a message counts as encrypted (R16).
   */
  readonly encryptionTags?: readonly string[];
  /** Mailbox copy should be removed after filing (R13). */
  readonly removeAfterFiling?: boolean;
  /** R13: when mail of little or temporary importance may be deleted. */
  readonly disposal?: DisposalSettings;
  /** Sign-in for the read pane's shared state over Microsoft Graph; without it the pane only reads. */
  readonly signIn?: SignIn;
  /** The case archive mail is filed into; without it the pane offers no filing. */
  readonly archive?: ArchiveSetting;
  /** The restriction the content suggests when filing, and what the public journal screens. */
  readonly restrictions?: RestrictionSettings;
  /** Oversight: the digest's sender; the supervisors are named on each mailbox. */
  readonly oversight?: OversightSettings;
  /** R11: who to tell about threats, shown with the police guidance. */
  readonly securityContact?: SecurityContact;
}

/**
 * R11: the organisation's own contact for threats and harassment (e.g. the
 * security officer), shown with the police guidance. With an address, the
 * message goes there when the user has no manager in the directory; with
 * `receivesNotice`, there instead of to the manager.
 */
export interface SecurityContact {
  readonly name: string;
  /** E-mail address. */
  readonly address?: string;
  readonly phone?: string;
  /** The notice of a threat goes to this contact, not to the user's manager. */
  readonly receivesNotice?: boolean;
}
