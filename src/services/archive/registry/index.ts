/** The registry-mailbox connector: what the rest of the add-in uses of it. */
export { createRegistryConnector } from './connector';
export type { RegistryOptions } from './connector';
