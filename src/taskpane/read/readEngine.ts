/**
 * The read pane's engine: classification (detectors, dictionaries,
 * attachment inspection) and the catalogs that turn its codes into text. It
 * is most of the read pane's code but needed only once the message has been
 * read, so `useReadCheck` loads this module as a chunk of its own.
 */
import { classifyMessage as classify } from '../../core/classify/classify';
import { withSignature } from '../case/profileSignature';

/** Core's classification, with the profile's signature settings (R9) that the first screen leaves out. */
export const classifyMessage: typeof classify = (message, profile, options) =>
  classify(message, withSignature(profile), options);
export { readView } from './readView';
