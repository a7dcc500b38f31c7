import { describe, expect, it } from 'vitest';
import type { ImportReason } from './model/import.ts';
import type { LinkProblem } from './model/url-state.ts';
import { locale } from './state/locale.svelte.ts';
import { en, t, wordProblem, type Strings } from './strings.ts';
import { vi } from './strings.vi.ts';

type FunctionKey = { [K in keyof Strings]: Strings[K] extends (...args: never[]) => string ? K : never }[keyof Strings];

/** Arguments for every string that is a function: the compiler asks for one when a function is added. */
const SAMPLES: { [K in FunctionKey]: Parameters<Strings[K]> } = {
  loadFailed: ['HTTP 404'],
  summary: [12345, 67, 5],
  number: [1234.5],
  date: ['2017-11-17'],
  countryName: ['TR'],
  articleToggle: ['Mosul'],
  showAllArticles: [1200],
  mentionsCount: [1],
  renameArticle: ['Mosul'],
  removeArticle: ['Mosul'],
  removeConfirm: ['Mosul'],
  articleRemoved: ['Mosul'],
  mentionNotAPlace: ['Tal'],
  editMention: ['Tal'],
  geoparserRead: ['Tall ‘Afar'],
  placeSummary: ['City', 'Nineveh', 'Iraq'],
  confidence: [0.854],
  placesNamed: ['Tal'],
  lookupFailed: ['timeout'],
  corrected: ['Tal', 'Tall ‘Afar'],
  markedNotAPlace: ['Tal'],
  correctionUndone: ['Tal'],
  adding: [0, 3, 'a.txt'],
  articleAdded: ['Mosul', 12, 4],
  batchAdded: [['a.txt', 'b.md'], 2],
  alreadyAdded: ['a.txt'],
  addFailed: ['a.txt', 'worker crashed'],
  storageUnavailable: ['private mode'],
  storageFailed: ['quota'],
  elsewhere: [['mine-1'], 2],
  areaCentre: ['Mosul'],
  listCapped: [150, 2000],
  nearHere: [25],
  moreMentions: [3],
  mentionButton: ['Mosul'],
  fileAdded: ['a.geojson', 3, 1, 2],
  fileRefused: ['"a.geojson" is not JSON'],
  basemapFailed: ['HTTP 500'],
  basemapAsk: ['tiles.example.org'],
  badLink: ['zoom is not a number'],
  linkProblem: [{ kind: 'linkTooLong' }],
};

const PROBLEMS: LinkProblem[] = [
  { kind: 'notNumber', field: 'zoom' }, { kind: 'outOfRange', field: 'areaRadius' }, { kind: 'notDate', field: 'dateTo' },
  { kind: 'notLoaded', what: 'place', value: 'gn:1' }, { kind: 'notLoaded', what: 'article', value: 'x' },
  { kind: 'unknownLayer', value: 'x' }, { kind: 'unknownLanguage', value: 'fr' }, { kind: 'unknownPart', value: 'x' },
  { kind: 'noValue', value: 'x' }, { kind: 'repeated', value: 'map' }, { kind: 'cameraUnreadable' },
  { kind: 'areaUnreadable' }, { kind: 'addedUnreadable' }, { kind: 'textTooLong' }, { kind: 'textCharacters' }, { kind: 'urlTooLong' },
  { kind: 'notUrl' }, { kind: 'urlScheme' }, { kind: 'datesReversed' }, { kind: 'linkTooLong' }, { kind: 'badEncoding' },
];

/** Every reason a GeoJSON file is refused: the compiler asks for one when a reason is added. */
const REASONS: { [K in ImportReason['kind']]: ImportReason & { kind: K } } = {
  notJson: { kind: 'notJson' },
  notFeatureCollection: { kind: 'notFeatureCollection' },
  noFeatures: { kind: 'noFeatures' },
  notFeature: { kind: 'notFeature', feature: 2 },
  notPoint: { kind: 'notPoint', feature: 3, geometry: 'LineString' },
  unreadableCoordinates: { kind: 'unreadableCoordinates', feature: 1 },
  outOfRange: { kind: 'outOfRange', feature: 1234, lon: 43.5, lat: 136 },
  noProperties: { kind: 'noProperties', feature: 1 },
  badProperty: { kind: 'badProperty', feature: 1, key: 'lang', expected: { oneOf: ['vi', 'en'] } },
  endBeforeStart: { kind: 'endBeforeStart', feature: 1 },
};
const MORE_REASONS: ImportReason[] = [
  { kind: 'notPoint', feature: 3, geometry: null },
  ...(['articleId', 'placeId', 'text', 'textOrNull', 'wholeNumber', 'share', 'boolean'] as const).map((expected) => ({ kind: 'badProperty' as const, feature: 1, key: 'title' as const, expected })),
];

/** Arguments for the functions inside a nested record (the reasons a file is refused): a name and a detail. */
const NESTED_SAMPLES: Record<string, [string, unknown]> = { 'addProblems.geojson': ['f.geojson', REASONS.noFeatures] };
const NESTED_SAMPLE = ['notes.txt', 'a reason'];

/** Empty on purpose: a suffix that says nothing when the geoparser's reading stands. */
const EMPTY = ['mentionState.geoparser'];
/** The same in both languages on purpose: only quotes, joins or passes on what they are given. */
const SAME = ['mentionState.geoparser', 'editMention', 'placeSummary'];

/** Every leaf of a table as [path, text]: a function is called with its sample. */
function leaves(table: Strings): [string, string][] {
  const out: [string, string][] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'function') {
      const args = path.includes('.') ? (NESTED_SAMPLES[path] ?? NESTED_SAMPLE) : SAMPLES[path as FunctionKey];
      out.push([path, (value as (...args: unknown[]) => string)(...args)]);
    } else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
    } else {
      out.push([path, value as string]);
    }
  };
  walk(table, '');
  return out;
}

describe('the string tables', () => {
  it('have the same keys, nested ones too', () => {
    expect(leaves(vi).map(([path]) => path)).toEqual(leaves(en).map(([path]) => path));
  });

  it.each([['en', en], ['vi', vi]] as const)('%s: every string is a non-empty text', (_, table) => {
    for (const [path, text] of leaves(table)) {
      expect(typeof text, path).toBe('string');
      if (!EMPTY.includes(path)) expect(text.trim(), path).not.toBe('');
    }
    for (const problem of PROBLEMS) expect(table.linkProblem(problem), problem.kind).toMatch(/\S/);
  });

  it.each([['en', en], ['vi', vi]] as const)('%s: every reason a GeoJSON file is refused names the file and differs from the others', (_, table) => {
    const texts = [...Object.values(REASONS), ...MORE_REASONS].map((reason) => table.addProblems.geojson('notes.geojson', reason));
    for (const text of texts) expect(text).toMatch(/^["“]notes\.geojson["”]/);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('are translated: no Vietnamese string is the English one', () => {
    const english = new Map(leaves(en));
    const copied = leaves(vi).filter(([path, text]) => english.get(path) === text).map(([path]) => path);
    expect(copied).toEqual(SAME);
    const copiedProblems = PROBLEMS.filter((p) => vi.linkProblem(p) === en.linkProblem(p));
    expect(copiedProblems).toEqual([]);
    const copiedReasons = [...Object.values(REASONS), ...MORE_REASONS].filter((r) => vi.addProblems.geojson('f.geojson', r) === en.addProblems.geojson('f.geojson', r));
    expect(copiedReasons).toEqual([]);
  });

  it('format numbers and dates the way each language writes them', () => {
    expect(en.summary(12345, 67, 5)).toBe('12,345 mentions of 67 places in 5 articles');
    expect(vi.summary(12345, 67, 5)).toBe('12.345 lượt nhắc đến 67 địa điểm trong 5 bài viết');
    expect(en.date('2017-11-17')).toBe('17 Nov 2017');
    expect(vi.date('2017-11-17')).toBe('17 thg 11, 2017');
    expect(vi.date(null)).toBe('không rõ ngày');
    expect(en.mentionsCount(1)).toBe('1 mention');
    expect(en.mentionsCount(2)).toBe('2 mentions');
    expect(en.addProblems.geojson('f.geojson', REASONS.outOfRange)).toBe(
      '"f.geojson": feature 1,234 has coordinates out of range (43.5, 136): longitude must be within ±180 and latitude within ±90',
    );
    expect(vi.addProblems.geojson('f.geojson', REASONS.outOfRange)).toBe(
      '“f.geojson”: đối tượng thứ 1.234 có tọa độ nằm ngoài phạm vi (43,5; 136): kinh độ phải trong khoảng ±180 và vĩ độ trong khoảng ±90',
    );
  });

  it('word a refusal by its code, with the detail that code carries', () => {
    expect(wordProblem(en.addProblems, 'a.pdf', { code: 'unsupported' })).toBe(en.addProblems.unsupported('a.pdf'));
    expect(wordProblem(vi.addProblems, 'f.geojson', { code: 'geojson', detail: REASONS.notPoint })).toBe(vi.addProblems.geojson('f.geojson', REASONS.notPoint));
    expect(wordProblem(en.addProblems, 'b.txt', { code: 'gazetteer', detail: 'HTTP 404' })).toBe('"b.txt" could not be geoparsed: HTTP 404');
  });

  it('word what a GeoJSON property must hold, listing the values it may take', () => {
    const type = { kind: 'badProperty', feature: 2, key: 'type', expected: { oneOf: ['country', 'city', 'water'] } } as const;
    expect(en.addProblems.geojson('f.geojson', type)).toBe('"f.geojson": feature 2: "type" must be "country", "city" or "water"');
    expect(vi.addProblems.geojson('f.geojson', type)).toBe('“f.geojson”: đối tượng thứ 2: thuộc tính “type” phải là "country", "city" hoặc "water"');
    expect(vi.addProblems.geojson('f.geojson', REASONS.notPoint)).toBe('“f.geojson”: đối tượng thứ 3 là LineString, không phải là một điểm (Point)');
  });
});

describe('t', () => {
  it('reads the table of the current language', () => {
    const before = locale.choice;
    try {
      locale.choice = 'vi';
      expect(t.copyLink).toBe('Sao chép liên kết');
      expect(t.layerGroups.country).toBe('Quốc gia');
      expect(t.number(1000)).toBe('1.000');
      locale.choice = 'en';
      expect(t.copyLink).toBe('Copy link');
      expect(t.number(1000)).toBe('1,000');
    } finally {
      locale.choice = before;
    }
  });
});
