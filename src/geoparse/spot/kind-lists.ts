import type { NameHit, NameIndex } from '../gazetteer/name-index.ts';
import type { Token } from '../text/tokenize.ts';
import type { PlaceType } from '../types.ts';
import { isCapitalised } from './capitalisation.ts';
import { keyOf } from './walk-names.ts';

/** A kind of place as a list's plural word announces it: "counties" → a county, read as "X County". */
export interface ListKind {
  /** The kind word a member is written with, folded: the name is looked up as "jackson county" or "tinh nam dinh". */
  word: string;
  type: PlaceType;
}

/** A language's plural kind words: after a list ("Jackson and Barrow counties") and before one ("các tỉnh Thái Bình, Nam Định"). */
export interface KindListWords {
  after: ReadonlyMap<string, ListKind>;
  /** Keyed by the one to three folded words before the list's first name ("cac thanh pho"). */
  before: ReadonlyMap<string, ListKind>;
}

const CONJUNCTIONS = 'and|or|và|hoặc|cùng|&';
/** What stands between two names of a list: "Amman, Riyadh và Doha", "Texas or Oklahoma". */
export const LIST_GAP = new RegExp(`^\\s*(?:,|(?:,\\s*)?(?:${CONJUNCTIONS}))\\s*$`, 'iu');
/** The same without a comma alone, which may end a clause instead ("in Beirut, Vladimir Isachenkov in Moscow"). */
export const CONJUNCTION_GAP = new RegExp(`^\\s*(?:,\\s*)?(?:${CONJUNCTIONS})\\s*$`, 'iu');

/** A name of such a list: its tokens and, when the gazetteer has it with its kind word, those readings. */
export interface ListedName {
  end: number;
  kind: ListKind;
  /** The readings of "Jackson County" for "Jackson"; null when only the kind is known. */
  hits: NameHit[] | null;
  /** The key the name is grouped under with its other mentions ("jackson county"). */
  key: string;
}

const MAX_WORDS = 4;

/**
 * The names of lists that a plural kind word speaks for, by first token. A bare "Jackson" is a
 * town; in "Jackson and Barrow counties" it is Jackson County, and in "các tỉnh Thái Bình, Nam
 * Định, Ninh Bình" each name is a province, not the city of that name.
 */
export function kindLists(tokens: Token[], text: string, names: NameIndex, words: KindListWords): Map<number, ListedName> {
  const out = new Map<number, ListedName>();
  const lastWords = lastWordsOf(words);
  // One name with a plural kind word is no list: "Indiana counties" are Indiana's, not Indiana County.
  const addList = (run: Array<[number, number]>, kind: ListKind) => {
    if (run.length < 2) return;
    for (const [start, end] of run) {
      const listed = readAs(tokens, names, start, end, kind);
      out.set(listed.start, listed.name);
    }
  };
  for (let k = 0; k < tokens.length; k++) {
    const after = words.after.get(tokens[k]!.folded);
    if (after && k > 0 && !tokens[k]!.breakBefore) {
      const run: Array<[number, number]> = [];
      for (let end = k; ; ) {
        const start = runStart(tokens, end);
        if (start === end) break;
        run.push([start, end]);
        const previous = previousNameEnd(tokens, text, start);
        if (previous === null) break;
        end = previous;
      }
      addList(run, after);
    }
    const before = lastWords.has(tokens[k]!.folded) ? kindBefore(tokens, k, words.before) : undefined;
    if (before && k + 1 < tokens.length && !tokens[k + 1]!.breakBefore && isCapitalised(tokens[k + 1]!)) {
      const run: Array<[number, number]> = [];
      for (let start = k + 1; ; ) {
        const end = runEnd(tokens, start);
        run.push([start, end]);
        const next = nextNameStart(tokens, text, end);
        if (next === null) break;
        start = next;
      }
      addList(run, before);
    }
  }
  return out;
}

const lastWordSets = new WeakMap<KindListWords, ReadonlySet<string>>();

/** The words a kind phrase before a list can end with: most words end none, and need no phrase looked up. Worked out once per language. */
function lastWordsOf(words: KindListWords): ReadonlySet<string> {
  let last = lastWordSets.get(words);
  if (!last) lastWordSets.set(words, (last = new Set([...words.before.keys()].map(key => key.slice(key.lastIndexOf(' ') + 1)))));
  return last;
}

/** A plural kind that ends at token `k`, of one to three words, the longest first. */
function kindBefore(tokens: Token[], k: number, before: ReadonlyMap<string, ListKind>): ListKind | undefined {
  for (let n = Math.min(3, k + 1); n >= 1; n--) {
    const kind = before.get(keyOf(tokens, k - n + 1, k + 1));
    if (kind) return kind;
  }
  return undefined;
}

/** The longest tail of the words [start, end) that the gazetteer has with the kind word ("Otter Tail", not "In Otter Tail"). */
function readAs(tokens: Token[], names: NameIndex, start: number, end: number, kind: ListKind): { start: number; name: ListedName } {
  for (let s = start; s < end; s++) {
    const key = keyOf(tokens, s, end);
    for (const written of [`${key} ${kind.word}`, `${kind.word} ${key}`]) {
      const hits = names.hitsOf(written);
      if (hits) return { start: s, name: { end, kind, hits, key: written } };
    }
  }
  return { start, name: { end, kind, hits: null, key: keyOf(tokens, start, end) } };
}

/** The first of the capitalised words joined by spaces that end at `end`. */
function runStart(tokens: Token[], end: number): number {
  let start = end;
  while (start > 0 && end - start < MAX_WORDS && isCapitalised(tokens[start - 1]!) && (start === end || tokens[start]!.spaceBefore)) start--;
  return start;
}

function runEnd(tokens: Token[], start: number): number {
  let end = start + 1;
  while (end < tokens.length && end - start < MAX_WORDS && tokens[end]!.spaceBefore && isCapitalised(tokens[end]!)) end++;
  return end;
}

/** Whether the text between token `last` of one name and token `first` of the next joins them in a list. */
const joinsList = (tokens: Token[], text: string, last: number, first: number): boolean =>
  LIST_GAP.test(text.slice(tokens[last]!.end, tokens[first]!.start));

/** Where the list's name before the one at `start` ends: before ", ", " and " or ", and " (a conjunction is a token of its own). */
function previousNameEnd(tokens: Token[], text: string, start: number): number | null {
  for (const end of [start, start - 1]) if (end >= 1 && joinsList(tokens, text, end - 1, start) && isCapitalised(tokens[end - 1]!)) return end;
  return null;
}

/** Where the list's name after the one ending at `end` starts. */
function nextNameStart(tokens: Token[], text: string, end: number): number | null {
  for (const next of [end, end + 1]) if (next < tokens.length && joinsList(tokens, text, end - 1, next) && isCapitalised(tokens[next]!)) return next;
  return null;
}
