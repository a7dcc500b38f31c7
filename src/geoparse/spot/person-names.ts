import { FIRST_NAMES, PERSON_TITLES, PLACE_WORDS } from '../lang/en.ts';
import type { Token } from '../text/tokenize.ts';
import { isAllCaps, isCapitalised } from './capitalisation.ts';

/**
 * Words the article uses as people's names: the word after a first name or a title ("Christopher
 * Steele", "Mr Burton"), and a first name before a surname ("Georgia Stevens"). Every occurrence of
 * such a word in the article, "Steele said" included, is then a person. Foreign names in Vietnamese
 * text are written the same way ("Gary Volesky"), so this serves both languages.
 */
export function personNames(tokens: Token[]): Set<string> {
  const persons = new Set<string>();
  // Exact spelling, not folded: Vietnamese "Mỹ" is not the name "My".
  const isFirstName = (t: Token) => FIRST_NAMES.has(t.text.toLowerCase());
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    if (b.breakBefore || !isCapitalised(a) || !isCapitalised(b) || isAllCaps(b) || PLACE_WORDS.has(b.folded)) continue;
    if (PERSON_TITLES.has(a.folded) || isFirstName(a)) persons.add(b.folded);
    const c = tokens[i + 2];
    // "Georgia Stevens": a first name before a surname that no title or place word follows.
    if (isFirstName(a) && !PERSON_TITLES.has(a.folded) && !isFirstName(b) && (!c || c.breakBefore || !isCapitalised(c))) persons.add(a.folded);
  }
  return persons;
}

