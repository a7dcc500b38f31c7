import type { FontFacesSpecification } from 'maplibre-gl';
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import vietnamese400 from '@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff2?url';

/** One weight for every map label: each font the map draws with costs its own loading and rasterizing. */
export const FONT = 'Noto Sans Regular';

// Unicode ranges as @fontsource/noto-sans declares them for each file.
const LATIN = ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+02C6', 'U+02DA', 'U+02DC', 'U+0304', 'U+0308', 'U+0329', 'U+2000-206F', 'U+20AC', 'U+2122', 'U+2191', 'U+2193', 'U+2212', 'U+2215', 'U+FEFF', 'U+FFFD'];
const LATIN_EXT = ['U+0100-02BA', 'U+02BD-02C5', 'U+02C7-02CC', 'U+02CE-02D7', 'U+02DD-02FF', 'U+0304', 'U+0308', 'U+0329', 'U+1D00-1DBF', 'U+1E00-1E9F', 'U+1EF2-1EFF', 'U+2020', 'U+20A0-20AB', 'U+20AD-20C0', 'U+2113', 'U+2C60-2C7F', 'U+A720-A7FF'];
const VIETNAMESE = ['U+0102-0103', 'U+0110-0111', 'U+0128-0129', 'U+0168-0169', 'U+01A0-01A1', 'U+01AF-01B0', 'U+0300-0301', 'U+0303-0304', 'U+0308-0309', 'U+0323', 'U+0329', 'U+1EA0-1EF9', 'U+20AB'];

const absolute = (url: string) => new URL(url, document.baseURI).href;

/**
 * The map draws labels with the bundled Noto Sans rather than a glyph server, so it needs no
 * network and Vietnamese diacritics come out as the page shows them. Vietnamese comes first so
 * its combined letters are drawn from the file made for them.
 */
export function fontFaces(): FontFacesSpecification {
  return {
    [FONT]: [
      { url: absolute(vietnamese400), 'unicode-range': VIETNAMESE },
      { url: absolute(latinExt400), 'unicode-range': LATIN_EXT },
      { url: absolute(latin400), 'unicode-range': LATIN },
    ],
  };
}
