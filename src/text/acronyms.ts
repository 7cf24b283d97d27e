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

/** A short form in brackets after the words it abbreviates: "samarium-cobalt (SmCo)", "rare earth elements (REEs)". */
const SHORT_FORM_RE = /\((\p{Lu}[\p{L}]{1,7}?)s?\)/gu;
/** The up to eight words just before a short form's bracket (read from the bracket back, never across the text). */
const WORDS_BEFORE_RE = /((?:[\p{L}][\p{L}'’]*[\s-]+){0,7}[\p{L}][\p{L}'’]*)\s*$/u;

/**
 * Abbreviations the articles define, lower-case short form → the words it stands for ("smco" → "samarium-cobalt",
 * "ndfeb" → "neodymium-iron-boron"): a reader types the short form where another article spells it out ("12 months
 * of samarium-cobalt"). The long form is the fewest words before the brackets whose letters hold the short form's in
 * order, its first letter starting a word (Schwartz & Hearst, "A simple algorithm for identifying abbreviation
 * definitions in biomedical text", 2003). No library does this for English news; the algorithm is a dozen lines.
 */
export function definedAbbreviations(texts: Iterable<string>): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const text of texts) {
    if (!text.includes('(')) continue;
    // (The brackets first, then the words before each: one pattern that starts a run of words at every place of the
    // text is ~30 times slower.)
    for (const m of text.matchAll(SHORT_FORM_RE)) {
      const short = m[1] as string;
      // Two capitals at least ("SmCo", "NdFeB", "REE"): a capitalised word in brackets is a name ("(Reuters)").
      if ((short.match(/\p{Lu}/gu) ?? []).length < 2) continue;
      const before = WORDS_BEFORE_RE.exec(text.slice(Math.max(0, m.index - 120), m.index))?.[1];
      if (!before) continue;
      const long = longForm(short, before);
      if (!long) continue;
      const words = long.split(/[\s-]+/).length;
      if (words < 2 && !long.includes('-')) continue;
      if (words > Math.min(short.length + 5, short.length * 2)) continue;
      const byLong = counts.get(short.toLowerCase()) ?? new Map<string, number>();
      byLong.set(long.toLowerCase(), (byLong.get(long.toLowerCase()) ?? 0) + 1);
      counts.set(short.toLowerCase(), byLong);
    }
  }
  const out = new Map<string, string>();
  for (const [short, byLong] of counts) {
    const [long] = [...byLong].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0] as [string, number];
    out.set(short, long);
  }
  return out;
}

/** The shortest end of `before` whose letters hold `short`'s in order, its first letter a word's first; or null. */
function longForm(short: string, before: string): string | null {
  const s = short.toLowerCase();
  const l = before.toLowerCase();
  let li = l.length - 1;
  for (let si = s.length - 1; si >= 0; si--) {
    const c = s[si] as string;
    while (li >= 0 && (l[li] !== c || (si === 0 && li > 0 && /[\p{L}]/u.test(l[li - 1] as string)))) li--;
    if (li < 0) return null;
    li--;
  }
  const start = Math.max(l.lastIndexOf(' ', li + 1), -1) + 1;
  const long = before.slice(start).trim();
  // The short form's first letter starts the long form's first word.
  return long.length > short.length ? long : null;
}
