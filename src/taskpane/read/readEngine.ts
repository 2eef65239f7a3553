/**
 * The read pane's engine: classification (detectors, dictionaries,
 * attachment inspection) and the catalogs that turn its codes into text. It
 * is most of the read pane's code but needed only once the message has been
 * read, so `useReadCheck` loads this module as a chunk of its own.
 */
import { classifyMessage as classify } from '../../core/classify/classify';
import { withLater } from '../case/profileLater';

/** Core's classification, with the parts of the profile the first screen leaves out (R9's signature settings). */
export const classifyMessage: typeof classify = (message, profile, options) =>
  classify(message, withLater(profile), options);
export { readView } from './readView';
