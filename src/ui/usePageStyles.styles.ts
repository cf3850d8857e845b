import { type GriffelStyle, makeStyles, tokens } from '@fluentui/react-components';

/** Every surface lays its blocks out in one column. */
const column: GriffelStyle = { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM };

/** The page layouts of the surfaces, shared so that pages of one host look alike. */
export const usePageStyles = makeStyles({
  /** A page of the personal tab (an agenda): the tab's margins and a readable line length. */
  tabPage: { ...column, padding: tokens.spacingHorizontalXL, maxWidth: '880px' },
  /** The personal tab's list of 1:1s: more room between the people's cards. */
  tabListPage: {
    ...column,
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalXL,
    maxWidth: '880px',
  },
  /** My team: wider than a list, each report's chart sits beside their facts. */
  teamPage: {
    ...column,
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalXL,
    maxWidth: '980px',
  },
  /** A page that only says something went wrong. */
  messagePage: { padding: tokens.spacingHorizontalXL, maxWidth: '720px' },
  /** Teams' "add a tab" dialog. */
  dialogPage: { ...column, padding: tokens.spacingHorizontalL },
  /** The Outlook task pane: narrow, so small margins. */
  taskPane: { ...column, padding: tokens.spacingHorizontalS },
  /** Teams gives a side panel 280 px of content: one column, vertical scroll only. */
  sidePanel: {
    ...column,
    padding: tokens.spacingHorizontalS,
    maxWidth: '100%',
    boxSizing: 'border-box',
    overflowX: 'hidden',
  },
  /** A list of cards (people, reports), without bullets. */
  cardList: {
    ...column,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
});
