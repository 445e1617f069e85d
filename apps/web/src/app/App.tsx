import { ApolloProvider } from '@apollo/client/react';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { RouterProvider } from 'react-router/dom';
import { STEP_UP_PATH, stepUpUrl } from '../features/step-up/step-up-return';
import { createApolloClient } from './apollo-client';
import { LanguageProvider } from './i18n';
import { createRouter } from './router';
import { theme } from './theme';

// Created once, outside React: neither may live in component state.
const router = createRouter();
const client = createApolloClient({
  onSessionEnded() {
    // Any page's query can be the first to notice an ended session; all lead back to sign-in.
    const { pathname } = router.state.location;
    if (pathname.startsWith('/security')) void router.navigate('/sign-in', { replace: true, state: { from: pathname } });
  },
  onStepUpRequired() {
    // Any protected query or mutation can be the first to notice; the admin comes back here afterwards.
    const { location } = router.state;
    if (!location.pathname.startsWith('/security') || location.pathname === STEP_UP_PATH) return;
    void router.navigate(stepUpUrl(location), { replace: true });
  },
});

/** The SPA's providers: data, language, look, then the routes. */
export function App() {
  return (
    <ApolloProvider client={client}>
      <LanguageProvider>
        <ThemeProvider theme={theme}>
          <CssBaseline />
          <RouterProvider router={router} />
        </ThemeProvider>
      </LanguageProvider>
    </ApolloProvider>
  );
}
