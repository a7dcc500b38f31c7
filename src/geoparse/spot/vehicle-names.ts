import { CAR_MAKES, COMMON_WORDS, INSTITUTION_HEADS, PLACE_WORDS, ROAD_WORDS, STREET_WORDS } from '../lang/en.ts';
import type { Token } from '../text/tokenize.ts';
import { isAllCaps, isCapitalised } from './capitalisation.ts';

const YEAR = /^(?:19|20)\d\d$/;

/**
 * Car makes the article uses for cars: a make after a model year ("a 1992 Toyota") or before a
 * model ("Toyota Camry", "Pontiac Grand Prix"). Every occurrence of the make in the article,
 * "the Toyota failed to yield" included, is then the car, not the town.
 */
export function vehicleMakes(tokens: Token[]): Set<string> {
  const makes = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const make = tokens[i]!;
    // a make in capitals is a dateline's town ("PLYMOUTH CO. -"), not a car
    if (!CAR_MAKES.has(make.folded) || !isCapitalised(make) || isAllCaps(make)) continue;
    const before = tokens[i - 1];
    const model = tokens[i + 1];
    const afterYear = !!before && make.spaceBefore && YEAR.test(before.text);
    const beforeModel = !!model && model.spaceBefore && isCapitalised(model) && !isKindOfPlace(model);
    if (afterYear || beforeModel) makes.add(make.folded);
  }
  return makes;
}

/** "Lincoln County", "Dodge City", "Ford Street", "Lincoln Dinner": words after a make that name no model. */
const isKindOfPlace = (t: Token): boolean =>
  PLACE_WORDS.has(t.folded) || ROAD_WORDS.has(t.folded) || STREET_WORDS.has(t.folded) || INSTITUTION_HEADS.has(t.folded) || COMMON_WORDS.has(t.folded);
