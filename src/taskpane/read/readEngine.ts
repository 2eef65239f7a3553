/**
 * The read pane's engine: classification (detectors, dictionaries,
 * attachment inspection) and the catalogs that turn its codes into text. It
 * is most of the read pane's code but needed only once the message has been
 * read, so `useReadCheck` loads this module as a chunk of its own.
 */
export { classifyMessage } from '../../core/classify/classify';
export { readView } from './readView';
