#!/usr/bin/env node
// The `dealbot` command (npx dealbot ask "…"): the compiled CLI when dist/ is up to date, else the sources through tsx.
import { launch } from './launch.js';

await launch('src/cli/main');
