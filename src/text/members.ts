import { escapeRegExp, lexiconPairs } from './lexicon.js';

/** A kind a question may ask the members of, and a pattern of its members' names (data/lexicon/members.txt). */
interface Kind {
  asked: RegExp;
  members: RegExp;
}

let kinds: Kind[] | null = null;

function readKinds(): Kind[] {
  kinds ??= lexiconPairs('members.txt').map(([names, members]) => ({
    asked: new RegExp(
      String.raw`\b(?:which|what)\s+(?:(?:other|exact|specific|new)\s+)?(?:${names
        .split(',')
        .map((n) => escapeRegExp(n.trim()).replace(/[\s-]+/g, '[\\s-]+'))
        .join('|')})\b`,
      'i',
    ),
    members: new RegExp(String.raw`\b(?:${members.split(/\s+/).map(escapeRegExp).join('|')})\b`, 'gi'),
  }));
  return kinds;
}

/**
 * The pattern of the members of the kind a question asks which of ("which rare earths did china add…" → the rare
 * earth elements' names), or null when it asks for no such kind.
 */
export function askedMembers(question: string): RegExp | null {
  return readKinds().find((k) => k.asked.test(question))?.members ?? null;
}

/** How many different members of a kind a text names. */
export function membersNamed(text: string, members: RegExp): number {
  return new Set([...text.matchAll(members)].map((m) => m[0].toLowerCase())).size;
}
