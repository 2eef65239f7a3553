/**
 * Which Fluent theme fits the host. Outlook does not say "dark" (officeTheme's
 * isDarkTheme and themeId are not supported there), only its colours, so the
 * body background's lightness decides. Windows high contrast shows up as the
 * browser's forced-colors mode and wins over both.
 */
import type { ThemeKind } from './ports';

export interface HostColours {
  readonly bodyBackgroundColor?: string;
}

/** Relative luminance (WCAG) of "#rgb" or "#rrggbb"; null when unreadable. */
export function luminance(colour: string): number | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (!m || m[1] === undefined) return null;
  const hex =
    m[1].length === 3
      ? m[1]
          .split('')
          .map((c) => c + c)
          .join('')
      : m[1];
  const channel = (i: number): number => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

export function themeKind(colours: HostColours | null, forcedColors: boolean): ThemeKind {
  if (forcedColors) return 'high-contrast';
  const bg = colours?.bodyBackgroundColor;
  const l = bg === undefined ? null : luminance(bg);
  // Mid-grey (#777) has luminance ≈ 0.18: darker than that is a dark theme.
  return l !== null && l < 0.18 ? 'dark' : 'light';
}
