#!/usr/bin/env node
// The `dealbot` command (npx dealbot ask "…"): runs the TypeScript sources through tsx, as the npm scripts do.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
