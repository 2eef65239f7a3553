import type { KeywordCode } from '../codes';

/**
 * One dictionary entry: a finding code and the phrase patterns that produce
 * it (syntax in `../pattern.ts`). Entries are plain data so that a reviewer
 * who knows the language can read them.
 */
export interface RuleSource {
  readonly code: KeywordCode;
  readonly patterns: readonly string[];
  /**
   * Patterns around the same trigger word that silence a match: "bli
   * fosterhjem" is recruitment, not a child's placement. The bracketed (or
   * first) token is tested against the trigger word itself.
   */
  readonly not?: readonly string[];
  /**
   * Capture a legal basis written right after the match as param `basis`.
   * 'offl': a bare "§ 13" after the marking is offentleglova's.
   */
  readonly basis?: 'any' | 'offl';
}
