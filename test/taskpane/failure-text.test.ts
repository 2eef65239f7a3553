/**
 * One failure, one sentence: a 404 means "the message is gone" when a
 * message was asked for, and "the mailbox does not exist or is out of
 * reach" when a whole mailbox was read (the oversight page); other failures
 * read the same either way.
 */
import { LANGS } from '../../src/core/model';
import { GraphFailure } from '../../src/services/graph/errors';
import { graphMessages } from '../../src/services/graph/messages';
import { failureText } from '../../src/taskpane/shell/failure';

const notFound = new GraphFailure('not-found', 404, 'ErrorInvalidUser', null, 'no such mailbox');
const forbidden = new GraphFailure('forbidden', 403, 'ErrorAccessDenied', null, 'denied');

describe.each(LANGS)('failureText in %s', (lang) => {
  it('says a message is gone, or a mailbox is missing, by what was asked for', () => {
    const message = failureText(notFound, lang);
    const mailbox = failureText(notFound, lang, 'mailbox');
    expect(message).toBe(graphMessages[lang]['graph.error.not-found']);
    expect(mailbox).toBe(graphMessages[lang]['graph.error.mailbox-not-found']);
    expect(mailbox).not.toBe(message);
  });

  it('reads the same for other failures whatever was asked for', () => {
    expect(failureText(forbidden, lang, 'mailbox')).toBe(failureText(forbidden, lang));
  });
});
