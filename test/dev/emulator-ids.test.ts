/**
 * The emulators' made-up ids come from `hashBytes`. Its bytes were once
 * FNV-1a's low byte, which depends only on the low bytes before it: there
 * were 256 different ids, and the 257th message added to a mailbox looked
 * for a free id for ever. The bytes now come from a finalised state.
 */
import { createGraphEmulator } from '../../dev/graph';
import { ewsId, hashBytes, stableGuid } from '../../dev/emulator/util';

it('gives 20,000 different item ids and GUIDs for 20,000 seeds', () => {
  const ids = new Set<string>();
  const guids = new Set<string>();
  for (let i = 0; i < 20_000; i++) {
    ids.add(ewsId('item', `seed:${i}`));
    guids.add(stableGuid(`seed:${i}`));
  }
  expect(ids.size).toBe(20_000);
  expect(guids.size).toBe(20_000);
});

it('uses every byte value, in every position', () => {
  const seen = Array.from({ length: 8 }, () => new Set<number>());
  for (let i = 0; i < 4_000; i++) {
    const b = hashBytes(`x${i}`, 8);
    b.forEach((v, k) => seen[k]?.add(v));
  }
  for (const s of seen) expect(s.size).toBe(256);
});

it('adds 3,000 messages to one mailbox, each under its own id', async () => {
  const emulator = await createGraphEmulator();
  try {
    const mb = emulator.store.mailbox('post@ha.kommune.no');
    if (!mb) throw new Error('no function mailbox');
    const before = mb.messages.size;
    for (let i = 0; i < 3_000; i++) {
      emulator.store.addMessage(mb, {
        folder: 'inbox',
        subject: `Sak ${i}`,
        text: 'Hei',
        from: { name: 'Innbyggar', address: `i${i}@example.no` },
        receivedDateTime: Date.UTC(2026, 0, 5) + i * 60_000,
      });
    }
    expect(mb.messages.size).toBe(before + 3_000);
  } finally {
    emulator.close();
  }
});
