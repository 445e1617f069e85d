import './monaco-workers';
import 'graphiql/style.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { WardenGraphiQL } from './WardenGraphiQL';

const container = document.getElementById('graphiql');
if (!container) throw new Error('graphiql.html has no #graphiql element');

createRoot(container).render(
  <StrictMode>
    <WardenGraphiQL />
  </StrictMode>,
);
