/**
 * Sign-in failures as the pane words them, and the Office dialog's answer:
 * anything but a well-formed token is a failure, never a token.
 */
import { LANGS } from '../../src/core/model';
import { parseDialogAnswer } from '../../src/host/office/auth';
import { authFailureOf } from '../../src/services/auth/msal';
import { AUTH_FAILURE_KINDS, AuthFailure } from '../../src/core/auth';
import { tc } from '../../src/taskpane/case/messages';
import { failureText } from '../../src/taskpane/shell/failure';

describe('authFailureOf (MSAL errors by their code)', () => {
  it.each([
    [
      {
        name: 'InteractionRequiredAuthError',
        errorCode: 'interaction_required',
        subError: 'consent_required',
      },
      'sign-in-required',
      'consent_required',
    ],
    [{ name: 'ClientAuthError', errorCode: 'user_cancelled' }, 'cancelled', 'user_cancelled'],
    [
      { name: 'ClientAuthError', errorCode: 'no_network_connectivity' },
      'network',
      'no_network_connectivity',
    ],
    [
      { name: 'ClientAuthError', errorCode: 'nested_app_auth_bridge_disabled' },
      'unavailable',
      'nested_app_auth_bridge_disabled',
    ],
    [{ name: 'ServerError', errorCode: 'invalid_client' }, 'failed', 'invalid_client'],
    [new TypeError('x'), 'failed', 'TypeError'],
    [null, 'failed', ''],
  ])('%o → %s', (error, kind, code) => {
    const f = authFailureOf(error);
    expect(f).toBeInstanceOf(AuthFailure);
    expect([f.kind, f.code]).toEqual([kind, code]);
  });

  it.each(LANGS)('words every kind in %s, with the code where it helps support', (lang) => {
    for (const kind of AUTH_FAILURE_KINDS) {
      expect(failureText(new AuthFailure(kind, 'X1'), lang)).toBe(
        tc(lang, `case.auth.${kind}`, { code: 'X1' }),
      );
    }
    expect(failureText(new AuthFailure('failed', 'invalid_client'), lang)).toContain(
      'invalid_client',
    );
  });
});

describe('parseDialogAnswer', () => {
  it('takes a token with its expiry', () => {
    expect(parseDialogAnswer('{"ok":true,"accessToken":"eyJ","expiresOn":1}')).toEqual({
      ok: true,
      accessToken: 'eyJ',
      expiresOn: 1,
    });
  });
  it.each([
    '',
    'not json',
    '{"ok":true}',
    '{"ok":true,"accessToken":5,"expiresOn":1}',
    '[]',
    'null',
  ])('refuses %j', (text) => {
    expect(parseDialogAnswer(text).ok).toBe(false);
  });
  it('keeps the failure code and kind from the dialog', () => {
    expect(parseDialogAnswer('{"ok":false,"code":"user_cancelled","kind":"cancelled"}')).toEqual({
      ok: false,
      code: 'user_cancelled',
      kind: 'cancelled',
    });
  });
});
