import { createTheme } from '@mui/material/styles';

// Local fonts only: the console must look right on machines with no internet access, in ko/en/ja.
const fontFamily = [
  'system-ui',
  '-apple-system',
  '"Segoe UI"',
  'Roboto',
  '"Apple SD Gothic Neo"',
  '"Malgun Gothic"',
  '"Hiragino Sans"',
  '"Yu Gothic UI"',
  '"Noto Sans CJK KR"',
  '"Noto Sans KR"',
  '"Noto Sans JP"',
  'sans-serif',
].join(', ');

/** A calm, dense admin-console look: muted blue primary, light grey canvas, flat surfaces. */
export const theme = createTheme({
  palette: {
    primary: { main: '#2f5d8a', dark: '#1f4467', light: '#5b84ad', contrastText: '#ffffff' },
    secondary: { main: '#4f6b5c' },
    background: { default: '#f4f6f9', paper: '#ffffff' },
    text: { primary: '#1d2733', secondary: '#5b6878' },
    divider: '#e1e6ec',
  },
  shape: { borderRadius: 8 },
  typography: {
    fontFamily,
    fontSize: 14,
    h1: { fontSize: '1.5rem', fontWeight: 600 },
    h2: { fontSize: '1.25rem', fontWeight: 600 },
    h3: { fontSize: '1.1rem', fontWeight: 600 },
    button: { textTransform: 'none', fontWeight: 500 },
  },
  components: {
    MuiCssBaseline: {
      styleOverrides: {
        // Korean wraps between words, not between syllables; long tokens may still break.
        'html:lang(ko) body': { wordBreak: 'keep-all', overflowWrap: 'anywhere' },
      },
    },
    MuiAppBar: { defaultProps: { elevation: 0 } },
    MuiButton: { defaultProps: { disableElevation: true } },
    MuiPaper: { defaultProps: { elevation: 0 } },
    MuiCard: { defaultProps: { variant: 'outlined' } },
    MuiTextField: { defaultProps: { size: 'small', fullWidth: true } },
    MuiTable: { defaultProps: { size: 'small' } },
  },
});
