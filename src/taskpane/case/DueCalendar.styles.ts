import { makeStyles, tokens } from '@fluentui/react-components';

/** The answer-by date's calendar: a month heading between its arrows, then the days. */
export const useDueCalendarStyles = makeStyles({
  panel: {
    alignSelf: 'flex-start',
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalS,
  },
  month: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  grid: {
    borderCollapse: 'collapse',
  },
  head: {
    padding: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    textAlign: 'center',
  },
  cell: {
    padding: 0,
    textAlign: 'center',
  },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0px, 0px, 0px, 0px)',
    whiteSpace: 'nowrap',
    border: 0,
  },
  day: {
    minWidth: '32px',
    height: '32px',
    padding: 0,
  },
});
