/**
 * What Outlook's send runtime needs from the engine, as one library
 * (`ArkivpostCore` in dist/core/arkivpost-core.js). No postal-mime, no zod:
 * see docs/DEPENDENCIES.md.
 */
export { checkCompose } from './compose/decide';
export { describeFinding, renderAlert } from './compose/render';
export { tSend as t } from './compose/send-catalog';
