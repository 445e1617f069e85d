/**
 * `sx` for the header cells of a data table (`<TableRow sx={{ '& th': tableHeadCellSx }}>`): small,
 * bold, secondary text on the page background, each label on one line.
 */
export const tableHeadCellSx = {
  color: 'text.secondary',
  fontWeight: 600,
  fontSize: '0.75rem',
  whiteSpace: 'nowrap',
  bgcolor: 'background.default',
} as const;
