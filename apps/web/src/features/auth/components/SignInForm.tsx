import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { useT } from '../../../app/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useSignIn } from '../hooks/useSignIn';

/** Login id + password; calls `onSignedIn` once the session cookie is set. */
export function SignInForm({ onSignedIn }: { onSignedIn(): void }) {
  const t = useT();
  const { submit, loading, error } = useSignIn();
  const [loginId, setLoginId] = useState('');
  const [password, setPassword] = useState('');

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (await submit(loginId.trim(), password)) onSignedIn();
  }

  return (
    <Box component="form" noValidate onSubmit={handleSubmit}>
      <Stack spacing={2}>
        <ErrorAlert error={error} />
        <TextField
          label={t('common.loginId')}
          name="loginId"
          autoComplete="username"
          autoFocus
          required
          value={loginId}
          onChange={(event) => setLoginId(event.target.value)}
        />
        <TextField
          label={t('common.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <Button
          type="submit"
          variant="contained"
          size="large"
          loading={loading}
          disabled={loginId.trim() === '' || password === ''}
        >
          {t('common.signIn')}
        </Button>
      </Stack>
    </Box>
  );
}
