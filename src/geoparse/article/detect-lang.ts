import type { Lang } from '../types.ts';

// Letters only Vietnamese uses among the Latin scripts: ă â đ ê ô ơ ư and the tone-marked vowels.
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;
const LETTER = /\p{L}/gu;

const SAMPLE = 5000;

/** Vietnamese when its letters make up more than 2% of the letters of the first few thousand; English otherwise. */
export function detectLang(text: string): Lang {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const letters = sample.match(LETTER)?.length ?? 0;
  const vietnamese = sample.match(VIETNAMESE)?.length ?? 0;
  return letters > 0 && vietnamese / letters > 0.02 ? 'vi' : 'en';
}
