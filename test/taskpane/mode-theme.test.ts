import { paneMode } from '../../src/taskpane/shell/mode';
import { luminance, themeKind } from '../../src/taskpane/shell/theme';

describe('which pane Outlook gets', () => {
  it.each([
    ['a compose item, whatever the URL says', 'read', 'compose', 'compose'],
    ['a read item, whatever the URL says', 'compose', 'read', 'read'],
    ['no item at all (a pinned pane with nothing selected)', 'compose', 'none', 'read'],
    ['an item of unknown kind: the URL decides', 'read', null, 'read'],
    ['an item of unknown kind and no URL parameter', null, null, 'compose'],
  ] as const)('%s', (_name, param, item, expected) => {
    expect(paneMode(param, item)).toBe(expected);
  });
});

describe("Fluent's theme from Outlook's colours", () => {
  it.each([
    ["Outlook's white", { bodyBackgroundColor: '#FFFFFF' }, false, 'light'],
    ["Outlook's dark grey", { bodyBackgroundColor: '#292929' }, false, 'dark'],
    ['black, written short', { bodyBackgroundColor: '#000' }, false, 'dark'],
    ['colours Outlook does not give', null, false, 'light'],
    ['an unreadable colour', { bodyBackgroundColor: 'transparent' }, false, 'light'],
    [
      'Windows high contrast, over any colour',
      { bodyBackgroundColor: '#FFFFFF' },
      true,
      'high-contrast',
    ],
  ] as const)('%s', (_name, colours, forced, expected) => {
    expect(themeKind(colours, forced)).toBe(expected);
  });

  it('measures luminance as WCAG does', () => {
    expect(luminance('#ffffff')).toBeCloseTo(1);
    expect(luminance('#000000')).toBeCloseTo(0);
    expect(luminance('#777777')).toBeCloseTo(0.184, 2);
  });
});
