import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * The read pane's own parts; the column, header and headings are the compose
 * pane's. Colour is never the only signal: overdue says so in words, and each
 * warning has a heading and an icon. Status tokens keep their contrast in the
 * light, dark and high-contrast themes.
 */
export const useReadStyles = makeStyles({
  classLabel: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  reasons: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  fact: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  factIcon: {
    flexShrink: 0,
    marginTop: '1px',
    color: tokens.colorNeutralForeground3,
  },
  overdue: {
    color: tokens.colorStatusDangerForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  overdueIcon: {
    color: tokens.colorStatusDangerForeground1,
  },
  mustKeep: {
    fontWeight: tokens.fontWeightSemibold,
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
  },
  note: {
    margin: 0,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  warning: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: tokens.strokeWidthThickest,
  },
  threat: {
    borderLeftColor: tokens.colorStatusDangerBorderActive,
  },
  caution: {
    borderLeftColor: tokens.colorStatusWarningBorderActive,
  },
  warningIcon: {
    marginTop: '2px',
  },
  threatIcon: {
    color: tokens.colorStatusDangerForeground1,
  },
  cautionIcon: {
    color: tokens.colorStatusWarningForeground1,
  },
  warningBody: {
    overflowWrap: 'anywhere',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  warningTitle: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  details: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground2,
  },
  advice: {
    margin: 0,
    fontWeight: tokens.fontWeightSemibold,
  },
});
