/**
 * `sx` for text read by screen readers but not shown (a label the layout already makes obvious).
 * Lengths are strings: in `sx`, a bare `1` means 100%.
 */
export const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  padding: 0,
  margin: '-1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;
