/** "Send til postmottak" (R3): when it is offered, and where the original can go. */
import { inPersonalMailbox, sendOnTargets } from '../../src/app/send-on';
import { ha } from '../taskpane/read-fixtures';

describe('sending official mail on from a personal mailbox', () => {
  it('offers the registry mailbox first, then the other function mailboxes, never a position or system one', () => {
    const targets = sendOnTargets({
      mailboxes: [
        { address: 'ordforar@ha.kommune.no', name: 'Ordførar', kind: 'position' },
        { address: 'teknisk@ha.kommune.no', name: 'Teknisk', kind: 'function' },
        { address: 'post@ha.kommune.no', name: 'Post', kind: 'function', registry: true },
        { address: 'noreply@ha.kommune.no', name: 'Ikkje svar', kind: 'system' },
      ],
    });
    expect(targets.map((m) => m.address)).toEqual(['post@ha.kommune.no', 'teknisk@ha.kommune.no']);
  });

  it('is offered in a personal mailbox only', () => {
    expect(inPersonalMailbox({ mailbox: 'kari.nordmann@ha.kommune.no', shared: false }, ha)).toBe(
      true,
    );
    // A function mailbox, however the host names it, and any shared folder are not personal.
    expect(inPersonalMailbox({ mailbox: 'POST@ha.kommune.no', shared: false }, ha)).toBe(false);
    expect(inPersonalMailbox({ mailbox: 'kari.nordmann@ha.kommune.no', shared: true }, ha)).toBe(
      false,
    );
  });
});
