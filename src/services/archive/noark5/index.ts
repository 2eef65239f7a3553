/** The Noark 5 Tjenestegrensesnitt connector: what the rest of the add-in uses of it. */
export { createNoark5Connector, NOARK5_DEFAULTS } from './connector';
export type { Noark5Options } from './connector';
