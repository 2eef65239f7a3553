import { makeStyles, tokens } from '@fluentui/react-components';

/** The filing form's parts: the same look as the case panel it opens in. */
export const useFilingStyles = makeStyles({
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    // Scrolled to when it opens: a little room above its heading.
    scrollMarginTop: tokens.spacingVerticalL,
  },
  subheading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  value: {
    margin: 0,
  },
  muted: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
  /** A form inside a group: no second rule above it. */
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  /** Related controls under a legend, without the browser's frame. */
  fieldset: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    border: 'none',
    minWidth: 0,
  },
  buttons: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
  },
});
