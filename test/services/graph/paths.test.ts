/** Where Graph has a message: one path for every service that reads or writes one. */
import { mailboxPath, messagePath } from '../../../src/services/graph/paths';

describe('messagePath', () => {
  it('names a message in a mailbox by its address, each part percent-encoded', () => {
    expect(messagePath({ mailbox: 'post@hå.kommune.no', restId: 'AAMk/a+b=' })).toBe(
      '/users/post%40h%C3%A5.kommune.no/messages/AAMk%2Fa%2Bb%3D',
    );
  });

  it('names a message in the signed-in user’s own mailbox as /me', () => {
    expect(messagePath({ restId: 'AAMk/x' })).toBe('/me/messages/AAMk%2Fx');
    expect(mailboxPath()).toBe('/me');
  });

  it('keeps a path out of the id: a slash or a dot-dot cannot step out of the message', () => {
    const path = messagePath({ mailbox: 'a@b.no', restId: '../../me/sendMail' });
    expect(path.split('/')).toHaveLength(5);
    expect(path.endsWith('/messages/..%2F..%2Fme%2FsendMail')).toBe(true);
  });
});
