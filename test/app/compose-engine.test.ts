/**
 * The compose engine's chunk: the check and the sentences its findings are
 * told in arrive together, once, and a failed fetch is tried again.
 */
import { checkCompose } from '../../src/core/compose/decide';
import { describeFinding } from '../../src/core/compose/render';
import { LANGS } from '../../src/core/model';
import { systemClock } from '../../src/services/clock';
import { loadProfile } from '../support/profiles';
import { snapshot } from '../support/snapshot';
import { F } from '../taskpane/findings';

const ha = loadProfile('ha-kommune');

describe('the compose engine, loaded on first use', () => {
  afterEach(() => {
    jest.dontMock('../../src/core/compose/decide');
    jest.resetModules();
  });

  it('checks as the send check does and tells findings in its words, in every language', async () => {
    const { loadEngine } = await import('../../src/app/compose-engine');
    const engine = await loadEngine();
    const message = snapshot({ subject: 'Vedtak for 13097248022 om barnehageplass' });
    const result = await engine.check(message, ha, systemClock);
    expect(result).toEqual(await checkCompose(message, ha));
    expect(result.decision).toBe('block');
    for (const f of [...result.findings, F.personal(), F.draft(), F.exempt()]) {
      for (const lang of LANGS) expect(engine.describe(f, lang)).toBe(describeFinding(f, lang));
    }
  });

  it('is fetched once', async () => {
    const { loadEngine } = await import('../../src/app/compose-engine');
    expect(loadEngine()).toBe(loadEngine());
    await loadEngine();
  });

  it('is fetched again after a failed fetch, not left broken', async () => {
    let offline = true;
    jest.doMock('../../src/core/compose/decide', () => {
      if (offline) throw new Error('offline');
      return jest.requireActual('../../src/core/compose/decide');
    });
    const { loadEngine } = await import('../../src/app/compose-engine');
    await expect(loadEngine()).rejects.toThrow('offline');
    offline = false;
    const engine = await loadEngine();
    expect((await engine.check(snapshot(), ha, systemClock)).decision).toBe('allow');
  });
});
