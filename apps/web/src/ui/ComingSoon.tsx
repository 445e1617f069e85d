import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import ConstructionOutlined from '@mui/icons-material/ConstructionOutlined';
import { PageHeader } from './PageHeader';

/** A titled page whose content is not built yet. */
export function ComingSoon({ title, note }: { title: string; note: string }) {
  return (
    <>
      <PageHeader title={title} />
      <Paper
        variant="outlined"
        sx={{ p: 4, display: 'flex', alignItems: 'center', gap: 1.5, color: 'text.secondary' }}
      >
        <ConstructionOutlined fontSize="small" aria-hidden />
        <Typography variant="body2">{note}</Typography>
      </Paper>
    </>
  );
}
