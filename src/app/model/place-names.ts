import type { GazetteerIndex } from '../../geoparse/gazetteer/load-gazetteer.ts';
import type { MentionFeature, PlaceFeature } from '../../geoparse/types.ts';
import type { PlaceChoice } from './corrections.ts';

/** Enough names per place to search by; the gazetteer lists hundreds for some countries. */
const MAX_NAMES = 40;

/** The names the text filter finds a place by, in every language the gazetteer has. */
export function searchNames(place: PlaceFeature): string[] {
  const p = place.properties;
  return [...new Set([...p.names.en, ...p.names.vi, ...p.names.ar, ...p.alt])].slice(0, MAX_NAMES);
}

/** The search names of every place the mentions point at: what the page keeps of the gazetteer. */
export function mentionedPlaceNames(mentions: readonly MentionFeature[], gazetteer: GazetteerIndex): Record<string, string[]> {
  const names: Record<string, string[]> = {};
  for (const mention of mentions) {
    const id = mention.properties.placeId;
    const i = gazetteer.table.indexOf(id);
    if (!(id in names) && i !== undefined) names[id] = searchNames(gazetteer.table.feature(i));
  }
  return names;
}

/** A gazetteer place as the page keeps it when a user picks it, told apart by what it lies in. */
export function placeChoice(place: PlaceFeature, gazetteer: GazetteerIndex): PlaceChoice {
  const p = place.properties;
  // "Madison County, Alabama": a town's county alone does not tell the namesakes apart
  const containers = [p.parent, p.admin1].flatMap((id) => {
    const i = id === undefined ? undefined : gazetteer.table.indexOf(id);
    return i === undefined ? [] : [gazetteer.table.name(i)];
  });
  const [lon = 0, lat = 0] = place.geometry.coordinates;
  return {
    id: p.id,
    name: p.name,
    type: p.type,
    countryCode: p.countryCode,
    lon,
    lat,
    within: containers.length ? containers.join(', ') : null,
    names: searchNames(place),
  };
}
