import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './config.js';

/** Prompt templates live in `prompts/*.md`; this is the one place that reads and fills them. */
const cache = new Map<string, string>();

/** The template `prompts/NAME.md`, read once. */
export function promptTemplate(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(path.join(PROJECT_ROOT, 'prompts', `${name}.md`), 'utf8');
    cache.set(name, text);
  }
  return text;
}

/** Fills `{{key}}` placeholders; unknown placeholders are an error, so a template typo cannot ship silently. */
export function renderPrompt(name: string, vars: Record<string, string>): string {
  return promptTemplate(name).replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const value = vars[key];
    if (value === undefined) throw new Error(`prompt ${name} uses {{${key}}} but no value was given`);
    return value;
  });
}
