import { COMMON_WORDS, FIRST_NAMES, INSTITUTION_HEADS, PERSON_TITLES, PLACE_WORDS } from '../lang/en.ts';
import type { Token } from '../text/tokenize.ts';
import { isAllCaps, isCapitalised } from './capitalisation.ts';

/**
 * Words the article uses as people's names: the word after a first name or a title ("Christopher
 * Steele", "Mr Burton"), and a first name before a surname ("Georgia Stevens"). Every occurrence of
 * such a word in the article, "Steele said" included, is then a person. Foreign names in Vietnamese
 * text are written the same way ("Gary Volesky"), so this serves both languages.
 */
export function personNames(tokens: Token[], text: string): Set<string> {
  const persons = new Set<string>();
  // Exact spelling, not folded: Vietnamese "Mỹ" is not the name "My". The folded form is looked up
  // first because it is at hand; the list is plain ASCII, so a name's two forms agree.
  const isFirstName = (t: Token) => FIRST_NAMES.has(t.folded) && t.folded === t.text.toLowerCase();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i]!;
    if (!isCapitalised(a) || !(PERSON_TITLES.has(a.folded) || isFirstName(a))) continue;
    // The capitalised words after a title or a first name, initials skipped: "President Barack Obama", "Charles W. Murphy".
    const run: Token[] = [];
    let j = i + 1;
    for (; j < tokens.length && run.length < 3; j++) {
      const t = tokens[j]!;
      if (t.text.length === 1 && /\p{Lu}/u.test(t.text) && !t.breakBefore) continue;
      if (!isSurname(t)) break;
      run.push(t);
    }
    // "Georgia Modular Systems": a name that goes on with a capitalised everyday word is a firm's.
    const next = tokens[j];
    if (!PERSON_TITLES.has(a.folded) && next && next.spaceBefore && !next.sentenceStart && isCapitalised(next) && COMMON_WORDS.has(next.folded)) continue;
    for (const t of run) persons.add(t.folded);
    // "Georgia Stevens": a first name before a surname that is not itself a first name.
    if (run.length === 1 && isFirstName(a) && !PERSON_TITLES.has(a.folded)) persons.add(a.folded);
  }
  for (const name of agedNames(tokens, text)) persons.add(name);
  return persons;
}

/**
 * "Nakishia Sullivan, 24, was approached": news gives a person's age between commas after the
 * name, whatever the first name. The last of two capitalised words before the age is a person's
 * name; a place is never written so ("Paris, Texas, 20 years on" has no two words before the age).
 */
function agedNames(tokens: Token[], text: string): string[] {
  const names: string[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    const age = tokens[i]!;
    // a digit first: this runs on every word
    const c = age.text.charCodeAt(0);
    if (c < 49 || c > 57 || !AGE.test(age.text) || !/^,\s?$/.test(text.slice(tokens[i - 1]!.end, age.start)) || text[age.end] !== ',') continue;
    const last = tokens[i - 1]!;
    const first = tokens[i - 2];
    if (!isCapitalised(last) || isAllCaps(last)) continue;
    if (!first || !isCapitalised(first) || !last.spaceBefore || last.sentenceStart) continue;
    names.push(last.folded);
  }
  return names;
}

const AGE = /^[1-9]\d?$/;

/**
 * A word that can be a surname after a first name: it follows after a space in the same sentence
 * ("Washington-Moscow" is a route, "in Charlotte. Smith said" no name), and is no common word,
 * place word or institution ("Georgia Power", "Georgia Bureau of Investigation", "Austin County").
 */
export const isSurname = (t: Token): boolean =>
  t.spaceBefore && !t.sentenceStart && isCapitalised(t) && !isAllCaps(t) && !PLACE_WORDS.has(t.folded) && !COMMON_WORDS.has(t.folded) && !INSTITUTION_HEADS.has(t.folded);
