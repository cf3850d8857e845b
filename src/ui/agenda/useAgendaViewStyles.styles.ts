import { makeStyles, tokens } from '@fluentui/react-components';

/** The agenda view and its parts (occurrence picker, notes). */
export const useAgendaViewStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  picker: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'flex-end', flexWrap: 'wrap' },
  pickerField: { flex: '1 1 140px', minWidth: 0 },
  notes: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});
