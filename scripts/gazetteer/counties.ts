/** US counties and county equivalents from us-atlas (US Census Bureau cartographic boundaries). */

/** Alaska's census areas (no borough government); the rest of Alaska is organised in boroughs. */
const ALASKA_CENSUS_AREAS = new Set(['02016', '02050', '02070', '02158', '02180', '02198', '02240', '02261', '02290', '02105']);
/** Alaska's consolidated city-boroughs and municipality, named as the Census Bureau names them. */
const ALASKA_NAMES: Readonly<Record<string, string>> = {
  '02020': 'Municipality of Anchorage',
  '02110': 'City and Borough of Juneau',
  '02220': 'City and Borough of Sitka',
  '02275': 'City and Borough of Wrangell',
  '02282': 'City and Borough of Yakutat',
};

/** FIPS state codes of the 50 states; DC and the territories are first-level divisions or countries already. */
export function isStateFips(stateFips: string): boolean {
  const n = Number(stateFips);
  return n >= 1 && n <= 56 && n !== 11;
}

/**
 * Virginia's independent cities, Baltimore, St. Louis and Carson City are county equivalents but
 * GeoNames has them as cities already, and "Baltimore" must not gain a second county reading.
 */
export function isIndependentCity(fips: string): boolean {
  return ['51', '24', '29', '32'].includes(fips.slice(0, 2)) && Number(fips.slice(2)) >= 500;
}

/** "Laurel" (21125) → "Laurel County"; Louisiana has parishes, Alaska boroughs and census areas. */
export function countyName(fips: string, bare: string): string {
  const state = fips.slice(0, 2);
  if (state === '22') return `${bare} Parish`;
  if (state === '02') return ALASKA_NAMES[fips] ?? `${bare} ${ALASKA_CENSUS_AREAS.has(fips) ? 'Census Area' : 'Borough'}`;
  return `${bare} County`;
}

/**
 * The county a US town is in, as `fips:` + state + county code: GeoNames gives US towns their
 * county's FIPS code as the second-level code. Undefined when the gazetteer has no such county.
 */
export function townCounty(stateFips: string | undefined, admin2Code: string, counties: ReadonlySet<string>): string | undefined {
  if (!stateFips || !/^\d{3}$/.test(admin2Code)) return undefined;
  const id = `fips:${stateFips}${admin2Code}`;
  return counties.has(id) ? id : undefined;
}
