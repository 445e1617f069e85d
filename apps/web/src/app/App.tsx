import { ApolloProvider } from '@apollo/client/react';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './apollo-client';
import { LanguageProvider } from './i18n';
import { createRouter } from './router';
import { theme } from './theme';

// Created once, outside React: neither may live in component state.
const client = createApolloClient();
const router = createRouter();

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
