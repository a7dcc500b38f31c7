/**
 * Arabic place names reach English news in several romanisations: GeoNames has "Tall Abyaḑ",
 * "Ra’s al ‘Ayn" and "Bent Jbaïl", agencies write "Tel Abyad", "Ras al-Ayn" and "Bint Jbeil".
 * The common words of such names (tall, ʿayn, dayr, bayt, kafr...) have a handful of usual
 * spellings each; a name is given with the others too, as is its article assimilated or not
 * ("Jisr ash-Shughur", "Jisr al-Shughur") and the diphthong of its last syllable written either
 * way ("Jbail", "Jbeil").
 */

/** Spellings of one word that news uses interchangeably, the first as GeoNames mostly writes it. */
const WORD_SPELLINGS: readonly (readonly string[])[] = [
  ['Tall', 'Tal', 'Tel', 'Tell'],
  ['Ayn', 'Ain', 'Ein'],
  ['Dayr', 'Deir', 'Dair'],
  ['Bayt', 'Beit', 'Bait'],
  ['Bint', 'Bent'],
  ['Kafr', 'Kfar', 'Kafar'],
  ['Jabal', 'Jebel', 'Jabel'],
  ['Shaykh', 'Sheikh', 'Shaikh', 'Cheikh'],
  ['Abu', 'Abou'],
  ['Khirbat', 'Khirbet'],
  ['Qasr', 'Kasr'],
  ['Wadi', 'Ouadi'],
  ['Umm', 'Um', 'Oum'],
  ['Maarrat', 'Maarat', 'Maaret'],
  ['Marj', 'Merj'],
];

const SPELLINGS = new Map<string, readonly string[]>(WORD_SPELLINGS.flatMap(group => group.map(word => [word.toLowerCase(), group] as const)));

/** Letters the article takes the sound of ("ash-Shughur", "ar-Raqqah"), as romanised. */
const SUN_LETTERS = ['th', 'dh', 'sh', 't', 'd', 'r', 'z', 's', 'n'];
const ASSIMILATED = new RegExp(`^a(${SUN_LETTERS.join('|')})$`, 'i');

/** A word's last diphthong before its final consonants: "Jbail", "Jbeil", "Jbayl". */
const LAST_DIPHTHONG = /^(.*?\p{L})(ai|ei|ay)([bcdfghjklmnpqrstvwxz]+)$/iu;
const DIPHTHONGS = ['ai', 'ei', 'ay'];
/** Shorter words ("Dail", "Hail") are too often other words respelled. */
const MIN_DIPHTHONG_WORD = 5;

/** No name gets more than this many new spellings: the index grows with every one. */
const MAX_VARIANTS = 8;

/** Quote marks of the romanisations ("Ra’s", "‘Ayn", "Ma'arrat") and accents ("Jbaïl"): matching drops them, so variants are made without. */
const QUOTES = /['’‘ʿʾ`]/gu;
const plainLetters = (name: string): string => name.normalize('NFD').replace(/\p{M}/gu, '').replace(QUOTES, '').normalize('NFC');

/** Other spellings of an Arabic place name, not including the name itself. */
export function arabicSpellings(name: string): string[] {
  // "al-Shughur" → ["al", "-", "Shughur"]: words and what joins them, kept as written
  const parts = plainLetters(name).split(/([\s-]+)/u);
  // A name of one word is left as GeoNames spells it: respelled, "Tell", "Hail" and "Dara" are other words.
  if (parts.length === 1) return [];
  const choices = parts.map((part, i) => (i % 2 === 1 ? [part] : wordSpellings(part, parts[i + 2])));
  const out = new Set<string>();
  const walk = (i: number, acc: string) => {
    if (out.size >= MAX_VARIANTS) return;
    if (i === choices.length) {
      // the name without its quote marks is new too: "Ra’s" is read as "Ra" and a possessive "s"
      if (acc !== name) out.add(acc);
      return;
    }
    for (const choice of choices[i]!) walk(i + 1, acc + choice);
  };
  walk(0, '');
  return [...out];
}

/** A word and its other spellings; `next` is the word after it, which an article's sound follows. */
function wordSpellings(word: string, next: string | undefined): string[] {
  const lower = word.toLowerCase();
  const known = SPELLINGS.get(lower);
  if (known) return [word, ...known.filter(w => w.toLowerCase() !== lower).map(w => matchCase(w, word))];
  const article = articleSpellings(word, next);
  if (article) return article;
  const diphthong = LAST_DIPHTHONG.exec(word);
  if (diphthong && word.length >= MIN_DIPHTHONG_WORD) {
    const [, head, sound, tail] = diphthong;
    return [word, ...DIPHTHONGS.filter(d => d !== sound!.toLowerCase()).map(d => `${head}${d}${tail}`)];
  }
  return [word];
}

/** "al" before "Shughur" is also written "ash", and "ash" before it "al". */
function articleSpellings(word: string, next: string | undefined): string[] | null {
  if (!next) return null;
  const lower = word.toLowerCase();
  const sun = SUN_LETTERS.find(letters => next.toLowerCase().startsWith(letters));
  if (!sun) return null;
  if (lower === 'al') return [word, matchCase(`a${sun}`, word)];
  const assimilated = ASSIMILATED.exec(lower);
  if (assimilated && assimilated[1] === sun) return [word, matchCase('al', word)];
  return null;
}

/** `w` with the capitalisation of `like`: "Al" or "al". */
function matchCase(w: string, like: string): string {
  const upper = like[0] === like[0]!.toUpperCase();
  return upper ? w[0]!.toUpperCase() + w.slice(1).toLowerCase() : w.toLowerCase();
}
