import type { NameHit } from '../gazetteer/name-index.ts';
import type { PlaceType } from '../types.ts';

/** A span of text that may name a place, with every place it could name. */
export interface Candidate {
  /** UTF-16 offsets of the span in the article's text. */
  start: number;
  end: number;
  /** Token indexes [first, last + 1) of the span. */
  tokenStart: number;
  tokenEnd: number;
  /** The folded words of the span: occurrences with the same key are the same name. */
  key: string;
  hits: NameHit[];
  /** The kind of place a generic word around the span announces ("tỉnh", "province" → admin1). */
  typeHint: PlaceType | null;
  /** A preposition of place comes just before ("in Obama", "ở Mosul"): the words say it is a place. */
  afterLocative: boolean;
  /**
   * A capitalised feature word follows ("the Tana River", "Canaan Valley"): the words name a feature
   * named after the place, which is near the place only where the article is.
   */
  namesFeature?: boolean;
  /** It opens a line and an agency's credit follows: "WASHINGTON (AP) —", "GENEVA (Reuters) -". */
  dateline?: boolean;
  /** The readings of the name after a comma ("Paris, Texas"): it may hold this place. */
  container?: NameHit[];
  /** The readings of the name before the comma, for the name after it ("Texas" in "Paris, Texas"). */
  contained?: NameHit[];
  /** The name before this one in a list ("Amman" before "Riyadh" in "Amman, Riyadh and Doha"). */
  listedAfter?: Candidate;
}
