import type { TextCategory } from '../model';

/**
 * Finding codes of the keyword detectors. The part before the first dot is the
 * `TextCategory`. `*.custom` codes come from the organisation's own keywords
 * (profile `keywords`) and carry the configured word as param `keyword`.
 */
export const KEYWORD_CODES = [
  // GDPR art. 9: special categories of personal data.
  'special-category.health',
  'special-category.religion',
  'special-category.political',
  'special-category.ethnicity',
  'special-category.sexual-orientation',
  'special-category.trade-union',
  'special-category.genetic-biometric',
  // GDPR art. 10: criminal convictions and offences.
  'special-category.criminal',
  // Not art. 9, but confidential by law in both countries (barnevernloven,
  // sosialtjenesteloven, OSL 26 kap.): treated the same way.
  'special-category.child-welfare',
  'special-category.social-assistance',
  'special-category.custom',
  // Exempt from public access (offentleglova / OSL marking): R16.
  'confidentiality.exempt',
  // Under a duty of confidentiality (taushetsplikt / sekretess): R15.
  'confidentiality.secret',
  'confidentiality.custom',
  // Matters the law wants in writing: R18.
  'legal-form.advance-notice',
  'legal-form.signature-required',
  'legal-form.custom',
  // Threats and harassment: R11.
  'threat.violence',
  'threat.harassment',
  'threat.custom',
] as const;

export type KeywordCode = (typeof KEYWORD_CODES)[number];

/** The categories whose extra keywords a profile may configure. */
export type KeywordCategory = Exclude<TextCategory, 'national-id'>;

export function categoryOf(code: KeywordCode): KeywordCategory {
  return code.slice(0, code.indexOf('.')) as KeywordCategory;
}
