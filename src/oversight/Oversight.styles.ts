import { makeStyles, tokens } from '@fluentui/react-components';

/** The oversight page: a wide page (an 80 % Office dialog, or a browser tab). */
export const useOversightStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
  },
  refresh: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  subtitle: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  cards: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(9rem, 1fr))',
    gap: tokens.spacingHorizontalS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  card: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    width: '100%',
    height: '100%',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  count: {
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
  },
  filters: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    alignItems: 'flex-end',
  },
  field: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    minWidth: '12rem',
  },
  grid: {
    backgroundColor: tokens.colorNeutralBackground1,
    overflowX: 'auto',
  },
  row: {
    cursor: 'pointer',
  },
  columns: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalXL,
    '@media (max-width: 900px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  table: {
    borderCollapse: 'collapse',
    backgroundColor: tokens.colorNeutralBackground1,
    '& th, & td': {
      textAlign: 'left',
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
  },
  chart: {
    width: '100%',
    maxWidth: '44rem',
    height: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  swatch: {
    display: 'inline-block',
    width: '0.8rem',
    height: '0.8rem',
    marginRight: tokens.spacingHorizontalXS,
    verticalAlign: 'middle',
  },
  // The chart's series (DailyChart): a colour and a dash each, so that they
  // differ without colour too.
  axis: { stroke: tokens.colorNeutralStroke1 },
  axisText: { fill: tokens.colorNeutralForeground3, fontSize: '11px' },
  received: {
    stroke: tokens.colorPaletteBlueForeground2,
    backgroundColor: tokens.colorPaletteBlueForeground2,
  },
  answeredInTime: {
    stroke: tokens.colorPaletteGreenForeground2,
    backgroundColor: tokens.colorPaletteGreenForeground2,
  },
  overdue: {
    stroke: tokens.colorPaletteRedForeground2,
    backgroundColor: tokens.colorPaletteRedForeground2,
  },
  archived: {
    stroke: tokens.colorPaletteDarkOrangeForeground2,
    backgroundColor: tokens.colorPaletteDarkOrangeForeground2,
  },
  member: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
  },
  muted: {
    color: tokens.colorNeutralForeground3,
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
  },
});
