import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * One finding card. Blocking and warning cards carry a coloured edge and an
 * icon; hints are quieter (no edge, secondary text) so they never compete
 * with what must be fixed. Colour is never the only signal: the group
 * heading and the icon say the same.
 */
export const useCardStyles = makeStyles({
  card: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: tokens.strokeWidthThickest,
  },
  block: {
    borderLeftColor: tokens.colorStatusDangerBorderActive,
  },
  warn: {
    borderLeftColor: tokens.colorStatusWarningBorderActive,
  },
  hint: {
    backgroundColor: 'transparent',
    borderLeftWidth: tokens.strokeWidthThin,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground2,
  },
  icon: {
    gridRow: '1 / span 2',
    fontSize: '20px',
    marginTop: '1px',
  },
  iconBlock: { color: tokens.colorStatusDangerForeground1 },
  iconWarn: { color: tokens.colorStatusWarningForeground1 },
  iconHint: { color: tokens.colorNeutralForeground3 },
  body: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  sentence: {
    margin: 0,
  },
  secondary: {
    margin: 0,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  advice: {
    margin: 0,
    paddingTop: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground2,
  },
  actions: {
    gridColumn: '2',
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalXS,
  },
  button: {
    // Labels quote file names and subject text: let them wrap, not overflow.
    maxWidth: '100%',
    whiteSpace: 'normal',
    textAlign: 'start',
    height: 'auto',
    minHeight: '32px',
  },
});
