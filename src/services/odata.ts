/** OData, as Graph and the Noark 5 Tjenestegrensesnitt both filter by it. */

/** An OData string literal: quoted, a quote inside doubled ("O'Brien" → 'O''Brien'). */
export function odataString(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}
