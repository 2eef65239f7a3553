/**
 * The compose pane's words for a result: the cards' text and how a fix
 * went. Loaded with the engine (loadResults.ts), so the pane's first screen
 * does not wait for them; the components that show them are the pane's own.
 */
export { tCard } from './cardMessages';
export { cardText } from './cardText';
