/**
 * The organisation profile (R25) as a zod schema: the single source of truth
 * for its shape. `profiles/profile.schema.json` is generated from it (a test
 * keeps the two equal) so administrators get completion in their editor,
 * and the type check at the bottom keeps it equal to `Profile` in types.ts.
 *
 * Semantic rules that JSON Schema cannot say (time zone known to the host,
 * real dates, one registry mailbox, unique addresses, mailboxes inside the
 * organisation's domains) live in validate.ts.
 */
import { z } from 'zod';
import { isValidTimeZone } from '../calendar/time-zone';
import { parseLocalDate } from '../calendar/local-date';
import { COUNTRIES, LANGS, SEVERITIES } from '../model';
import type { CheckId, Profile } from './types';
import { MAILBOX_KINDS, RESTRICTION_GROUNDS } from './lists';
import { CHECK_IDS } from './types';
import type { RestrictionGround } from './types';

/** Lower-case letters, digits and single hyphens: ha-kommune. */
export const PROFILE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A lower-case host name with at least one dot; IDNs in punycode (xn--). */
export const DOMAIN =
  /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A group's mailNickname: ASCII letters, digits and . _ - (Graph's rule, no spaces). */
export const MAIL_NICKNAME = /^[A-Za-z0-9._-]{1,64}$/;

/** An archive API root: https, or a path on the add-in's own server (the workbench's emulator). */
export const ARCHIVE_URL = /^(?:https:\/\/[^\s/]+)?\/[^\s]*$/;
/** host:/path of a SharePoint site, as Graph's /sites/{host}:/{path} takes it. */
export const SHAREPOINT_SITE = /^[a-z0-9.-]+\.[a-z]{2,}:\/[^\s]+$/;

/** The longest text naming where electronic consent is recorded: one line in an alert. */
export const MAX_CONSENT_WHERE = 120;

/** R9: bounds that keep matching and the reply small (the reply form takes 32 kB of HTML). */
export const MAX_SIGNATURE_RULES = 50;
export const MAX_SIGNATURE_PHRASES = 50;
export const MAX_SIGNATURE_PHRASE = 80;
export const MAX_SIGNATURE_TEXT = 500;
export const MAX_SIGNATURE_TEMPLATE = 4000;

export const MIN_RESPONSE_DAYS = 1;
export const MAX_RESPONSE_DAYS = 30;

/** R13: mail of little importance may be deleted this many days after it arrived, at most ten years. */
export const MIN_DISPOSAL_DAYS = 0;
export const MAX_DISPOSAL_DAYS = 3650;

/** Codes carried by the schema's own refinements; validate.ts maps them to errors. */
export const REFINEMENT = {
  timeZone: 'time-zone',
  date: 'date',
  contactAddress: 'contact-address',
} as const;

/** The longest name of a security contact. */
const MAX_CONTACT_FIELD = 200;

/** A phone number as people write it: digits, spaces, +, -, parentheses. */
const PHONE = /^\+?[0-9 ()-]{3,30}$/;

function buildProfileSchema() {
  const text = z.string().min(1);
  const words = z.array(text);

  const archive = z
    .discriminatedUnion('kind', [
      z.strictObject({
        kind: z.literal('noark5').describe('A Noark 5 Tjenestegrensesnitt archive.'),
        url: z
          .string()
          .regex(ARCHIVE_URL)
          .describe(
            "The API root, e.g. https://arkiv.kommune.no/noark5v5/ (https, or a path on the add-in's own server).",
          ),
        scope: z.exactOptional(
          text.describe(
            "The archive API's scope in Entra ID, e.g. api://arkiv.kommune.no/.default; default: the Graph sign-in's token.",
          ),
        ),
        arkivdel: z.exactOptional(
          text.describe(
            'The arkivdel new cases go into (systemID or title), where the archive has several.',
          ),
        ),
        restrictionCodes: z.exactOptional(
          z
            .record(z.string().min(1), text)
            .describe(
              'The profile\'s access codes as the archive\'s tilgangsrestriksjon codes, where they differ: { "U": "13" }.',
            ),
        ),
      }),
      z.strictObject({
        kind: z
          .literal('registry-mailbox')
          .describe('Forward the original, unchanged, to a mailbox the archive imports from.'),
        address: z.exactOptional(
          z.email().describe("Where to forward; default: the profile's registry mailbox."),
        ),
      }),
      z.strictObject({
        kind: z.literal('sharepoint').describe('A SharePoint document library, a folder per case.'),
        site: z
          .string()
          .regex(SHAREPOINT_SITE)
          .describe(
            'The site as Graph addresses it: host name and path, e.g. mellerud.sharepoint.com:/sites/diarium.',
          ),
        library: text.describe('The document library on that site, e.g. Ärenden.'),
      }),
    ])
    .describe(
      'The case archive "Lagre i saksarkiv" files mail into; without it the pane offers no filing.',
    );

  const mailbox = z
    .strictObject({
      address: z.email().describe('The e-mail address, e.g. post@kommune.no.'),
      name: text.describe('Name shown to users, e.g. "Sakspost – teknisk".'),
      department: z.exactOptional(text.describe('Department or unit that owns the mailbox.')),
      kind: z
        .enum(MAILBOX_KINDS)
        .describe(
          'function: a department or the whole organisation; position: one office holder (e.g. the mayor); system: sends automatically.',
        ),
      registry: z.exactOptional(
        z
          .boolean()
          .describe(
            'True for the one official mailbox that the archive service (postmottak, registrator, diariet) handles.',
          ),
      ),
      accessGroup: z.exactOptional(
        z
          .string()
          .regex(MAIL_NICKNAME)
          .describe(
            'mailNickname of the security group whose members have Full Access; they are offered first when assigning a message.',
          ),
      ),
      supervisors: z.exactOptional(
        z
          .array(z.email())
          .max(50)
          .describe(
            'Addresses of the people answerable for the mailbox as a whole; each gets the daily overview by mail (arkivpost oversight overview --digest).',
          ),
      ),
    })
    .describe('A shared mailbox. Any other address in the domains is a personal mailbox.');

  const entry = z
    .strictObject({
      code: text.describe(
        'The access code on the record: a Norwegian tilgangskode ("U", "B"), Swedish "S".',
      ),
      basis: text.describe(
        'The legal basis as written on the record: "Offl. § 13 jf. fvl. § 13 første ledd nr. 1", "OSL 26 kap. 1 §".',
      ),
      label: z.exactOptional(text.describe('What it covers, for people choosing it.')),
    })
    .describe('An access restriction as the record carries it.');
  const suggestShape = {} as Record<RestrictionGround, z.ZodExactOptional<typeof entry>>;
  for (const g of RESTRICTION_GROUNDS) suggestShape[g] = z.exactOptional(entry);
  const restrictions = z
    .strictObject({
      suggest: z.exactOptional(
        z
          .strictObject(suggestShape)
          .describe(
            "The restriction each ground suggests in the filing form, where it differs from the country's default: personal (ID numbers, personal circumstances), health, child-welfare, social-services, marked (a confidentiality marking).",
          ),
      ),
      screen: z.exactOptional(
        z
          .strictObject({
            idNumbers: z.exactOptional(
              z.boolean().describe('Screen ID numbers found in the message (default true).'),
            ),
            privateNames: z.exactOptional(
              z
                .boolean()
                .describe(
                  'Screen names of private persons: the sender or recipient, and names next to ID numbers (default true).',
                ),
            ),
          })
          .describe('What the public title and parties screen when a restriction is chosen.'),
      ),
    })
    .describe(
      'The restriction the content of a message suggests when it is filed, and what the public journal screens.',
    );

  const localText = (max: number) =>
    z.union([
      text.max(max),
      z.strictObject({
        nb: z.exactOptional(text.max(max)),
        nn: z.exactOptional(text.max(max)),
        sv: z.exactOptional(text.max(max)),
        en: z.exactOptional(text.max(max)),
      }),
    ]);
  const phrase = text.max(MAX_SIGNATURE_PHRASE);
  const template = text.max(MAX_SIGNATURE_TEMPLATE);
  const signature = z
    .strictObject({
      rules: z
        .array(
          z
            .strictObject({
              kind: text
                .max(MAX_SIGNATURE_PHRASE)
                .describe(
                  'What it is, as the warning names it: "Klage på vedtak", "Överklagande".',
                ),
              phrases: z
                .array(phrase)
                .min(1)
                .max(MAX_SIGNATURE_PHRASES)
                .describe(
                  'Words and phrases that show it in the subject or text, matched at the start of a word, case-insensitively: "klage", "klagar på vedtaket".',
                ),
              documents: z.exactOptional(
                z
                  .array(phrase)
                  .max(MAX_SIGNATURE_PHRASES)
                  .describe(
                    'Words of an attachment\'s file name that show it, e.g. "fullmakt": the document attached unsigned.',
                  ),
              ),
              basis: text
                .max(MAX_SIGNATURE_TEXT)
                .describe(
                  'The legal basis the warning cites: "Forvaltningsloven § 32 første ledd bokstav a".',
                ),
            })
            .describe('A kind of document that by law needs a signature.'),
        )
        .min(1)
        .max(MAX_SIGNATURE_RULES),
      templates: z
        .strictObject({
          nb: z.exactOptional(template),
          nn: z.exactOptional(template),
          sv: z.exactOptional(template),
          en: z.exactOptional(template),
        })
        .describe(
          "The reply per language, plain text; placeholders {senderName} {subject} {received} {organisation} {signedTo} {service}. The organisation's language at least; the sender's language is used where known.",
        ),
      signedTo: localText(MAX_SIGNATURE_TEXT).describe(
        'Where to send a signed version (postal address): one text, or one per language.',
      ),
      service: z.exactOptional(
        localText(MAX_SIGNATURE_TEXT).describe(
          'The digital service to use instead, signed with an electronic ID (e.g. its address): one text, or one per language.',
        ),
      ),
    })
    .describe(
      'R9: what by law needs a signature (seed 000 §4: such e-mail is rejected), and the reply that asks for a signed version ("Svar med mal").',
    );

  const setting = z.enum([...SEVERITIES, 'off'] as const);
  const checkShape = {} as Record<CheckId, z.ZodExactOptional<typeof setting>>;
  for (const id of CHECK_IDS) checkShape[id] = z.exactOptional(setting);

  return z
    .strictObject({
      $schema: z.exactOptional(
        z.string().describe('Path to profile.schema.json, for editor completion.'),
      ),
      id: z
        .string()
        .regex(PROFILE_ID)
        .describe('Short identifier: lower-case letters, digits and hyphens.'),
      name: text.describe('Name of the organisation, e.g. "Hå kommune".'),
      description: z.exactOptional(z.string().describe('Free text for administrators.')),
      country: z.enum(COUNTRIES).describe('NO or SE: decides holidays and legal rules.'),
      language: z.enum(LANGS).describe('Default language of the user interface.'),
      timeZone: z
        .string()
        .refine(isValidTimeZone, { params: { code: REFINEMENT.timeZone } })
        .describe('IANA time zone for deadlines, e.g. Europe/Oslo or Europe/Stockholm.'),
      domains: z
        .array(z.string().regex(DOMAIN))
        .min(1)
        .describe(
          'Mail domains of the organisation, lower case, without @. Subdomains are included.',
        ),
      mailboxes: z.array(mailbox).min(1).describe('Function, position and system mailboxes (R1).'),
      responseDays: z
        .number()
        .int()
        .min(MIN_RESPONSE_DAYS)
        .max(MAX_RESPONSE_DAYS)
        .describe('Working days to answer within (R8).'),
      extraHolidays: z.exactOptional(
        z
          .array(
            z
              .string()
              .regex(ISO_DATE)
              .refine((s) => parseLocalDate(s) !== null, { params: { code: REFINEMENT.date } }),
          )
          .describe('Extra days off, YYYY-MM-DD (e.g. a day between holidays).'),
      ),
      christmasEveOff: z.exactOptional(
        z
          .boolean()
          .describe(
            'Norway: make julaften and nyttårsaften days off (they are working days by law).',
          ),
      ),
      keywords: z.exactOptional(
        z
          .strictObject({
            'special-category': z.exactOptional(words),
            confidentiality: z.exactOptional(words),
            'legal-form': z.exactOptional(words),
            threat: z.exactOptional(words),
          })
          .describe('Extra words the detectors look for, per category.'),
      ),
      checks: z.exactOptional(
        z.strictObject(checkShape).describe('Severity per check: block, warn, info or off.'),
      ),
      electronicConsent: z.exactOptional(
        z
          .strictObject({
            where: localText(MAX_CONSENT_WHERE),
          })
          .describe(
            "Norway: where a party's acceptance of electronic communication (eForvaltningsforskriften § 8) is recorded, e.g. \"Public 360, the party's contact card\": one text, or one per language (nb, nn, sv, en). The send check's warning on a vedtak or forhåndsvarsel names it.",
          ),
      ),
      signature: z.exactOptional(signature),
      onError: z.exactOptional(
        z.enum(['allow', 'block']).describe('What the send check does when it cannot finish.'),
      ),
      signatureMarkers: z.exactOptional(
        words.describe('Text the common e-mail signature always contains, e.g. "Vara kommun".'),
      ),
      encryptionTags: z.exactOptional(
        words.describe(
          'Subject tags that make the mail system encrypt a message, e.g. "[sikker]".',
        ),
      ),
      removeAfterFiling: z.exactOptional(
        z.boolean().describe('Remind users to delete the mailbox copy after filing (R13).'),
      ),
      disposal: z.exactOptional(
        z
          .strictObject({
            ephemeralAfterDays: z
              .number()
              .int()
              .min(MIN_DISPOSAL_DAYS)
              .max(MAX_DISPOSAL_DAYS)
              .describe(
                'Days after a message of little or temporary importance arrived (newsletters, adverts, automatic replies) from which it may be deleted; the pane suggests that date when it marks the message "Kan slettast" / "Får gallras".',
              ),
          })
          .describe(
            'R13: when mail of little or temporary importance may be deleted. Without it the pane suggests the day the message arrived.',
          ),
      ),
      signIn: z.exactOptional(
        z
          .strictObject({
            clientId: z.guid().describe('Application (client) id of the app registration.'),
            tenantId: z.exactOptional(
              z.guid().describe('Directory (tenant) id; leave out to accept any work account.'),
            ),
          })
          .describe(
            'The app registration in Microsoft Entra ID that the read pane signs in with (docs/admin.md). Without it the pane classifies but does not save.',
          ),
      ),
      archive: z.exactOptional(archive),
      restrictions: z.exactOptional(restrictions),
      oversight: z.exactOptional(
        z
          .strictObject({
            digestSender: z.exactOptional(
              z
                .email()
                .describe(
                  'The mailbox the daily overview is sent from; the application needs Mail.Send on it (docs/admin.md).',
                ),
            ),
          })
          .describe("Oversight: the supervisors' daily overview by mail."),
      ),
      securityContact: z.exactOptional(
        z
          .strictObject({
            name: text.max(MAX_CONTACT_FIELD).describe('Who, e.g. "Tryggleiksansvarleg Ola Vik".'),
            address: z.exactOptional(z.email().describe('E-mail address.')),
            phone: z.exactOptional(
              z
                .string()
                .regex(PHONE)
                .describe('Phone number as people dial it, e.g. "+47 51 79 16 00".'),
            ),
            receivesNotice: z.exactOptional(
              z
                .boolean()
                .describe(
                  "Send the notice of a threat here instead of to the user's manager (needs address).",
                ),
            ),
          })
          .refine((c) => c.receivesNotice !== true || c.address !== undefined, {
            params: { code: REFINEMENT.contactAddress },
            path: ['receivesNotice'],
          })
          .describe(
            "R11: the organisation's own contact for threats and harassment, shown with the police guidance; with an address, the notice of a threat goes there when the user has no manager (or always, with receivesNotice).",
          ),
      ),
    })
    .meta({
      title: 'Arkivpost organisation profile',
      description: "An organisation's e-mail rules for Arkivpost: mailboxes, deadlines and checks.",
    });
}

// Built at load time but marked pure, so a bundle that only needs the
// address helpers (the send-time runtime) can leave zod out.
export const profileSchema = /* @__PURE__ */ buildProfileSchema();

/** The JSON Schema that `profiles/profile.schema.json` must equal. */
export function profileJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(profileSchema) as Record<string, unknown>;
}

// Type-level guarantee that the schema and the hand-written type agree.
type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;
type Equal<A, B> =
  (<G>() => G extends A ? 1 : 2) extends <G>() => G extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;
export type ProfileSchemaMatchesType = Assert<
  Equal<DeepReadonly<z.infer<typeof profileSchema>>, DeepReadonly<Profile>>
>;
