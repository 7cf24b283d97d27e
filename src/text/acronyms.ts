/**
 * Acronyms a reader may type for names the articles spell out ("AEI" for the American Enterprise Institute,
 * "KL" for Kuala Lumpur, "MAGA" for Make America Great Again), found in the articles themselves: the initials of
 * every run of capitalised words (skipping "of", "and", "for", "the" inside a name, as initials do). Nothing
 * here knows a name; a question's word is read as an acronym only when no article uses the word itself.
 */

/** A run of two to six capitalised words, with the small words names carry between them. */
const NAME_RUN_RE = /\b[A-Z][a-z]+(?:[ -]+(?:(?:of|and|for|the|on|de)[ ]+)?[A-Z][a-z]+){1,5}\b/g;
const SMALL = new Set(['of', 'and', 'for', 'the', 'on', 'de']);
/** A leading word that starts a sentence rather than a name ("The", "In"). */
const LEADING = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'for', 'but', 'and', 'as', 'after', 'before', 'when', 'while', 'with']);

/** Lower-case acronym → the name it stands for (the most frequent one when several share the initials). */
export function acronymsIn(texts: Iterable<string>): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const text of texts) {
    for (const m of text.matchAll(NAME_RUN_RE)) {
      const words = m[0].split(/[ -]+/);
      while (words.length > 0 && LEADING.has((words[0] as string).toLowerCase())) words.shift();
      // Every run that ends the name ("Make America Great Again", "America Great Again"…): a name may sit
      // inside a longer capitalised run ("Trump's Make America Great Again").
      for (let from = 0; from < words.length; from++) {
        const name = words.slice(from);
        const capitals = name.filter((w) => !SMALL.has(w));
        if (capitals.length < 2 || SMALL.has(name[0] as string)) continue;
        const acronym = capitals.map((w) => (w[0] as string).toLowerCase()).join('');
        const phrase = name.join(' ');
        const byPhrase = counts.get(acronym) ?? new Map<string, number>();
        byPhrase.set(phrase, (byPhrase.get(phrase) ?? 0) + 1);
        counts.set(acronym, byPhrase);
      }
    }
  }
  const out = new Map<string, string>();
  for (const [acronym, byPhrase] of counts) {
    const [phrase] = [...byPhrase].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0] as [string, number];
    out.set(acronym, phrase);
  }
  return out;
}
