// A small hand-made gazetteer for tests: real places, real coordinates, with the name clashes the
// rules must settle (Paris in France and Texas, a Shifa far from Mosul, Masdar, Baghdad).
import type { Gazetteer, PlaceFeature, PlaceProperties } from '../types.ts';

type Extra = Partial<Omit<PlaceProperties, 'id' | 'name' | 'type' | 'countryCode'>> & { vi?: string[] };

function place(id: string, name: string, type: PlaceProperties['type'], countryCode: string, lon: number, lat: number, extra: Extra = {}): PlaceFeature {
  const { vi = [], ...rest } = extra;
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: { id, name, names: { en: [name], vi, ar: [] }, alt: [], type, countryCode, population: 0, source: 'test', ...rest },
  };
}

export const fixtureGazetteer: Gazetteer = {
  type: 'FeatureCollection',
  features: [
    place('iso:IQ', 'Iraq', 'country', 'IQ', 44, 33, { vi: ['I-rắc'], demonyms: ['Iraqi'], population: 38e6 }),
    place('iso:SY', 'Syria', 'country', 'SY', 38, 35, { vi: ['Xy-ri'], demonyms: ['Syrian'], population: 18e6 }),
    place('iso:TR', 'Turkey', 'country', 'TR', 35, 39, { vi: ['Thổ Nhĩ Kỳ'], alt: ['Türkiye'], demonyms: ['Turkish'], population: 80e6 }),
    place('iso:US', 'United States', 'country', 'US', -98.5, 39.76, { vi: ['Mỹ', 'Hoa Kỳ'], alt: ['US', 'U.S.', 'USA'], demonyms: ['American'], population: 320e6 }),
    place('iso:GB', 'United Kingdom', 'country', 'GB', -2.7, 54.76, { vi: ['Anh', 'Vương quốc Anh'], alt: ['Britain', 'UK'], demonyms: ['British'], population: 66e6 }),
    place('iso:RU', 'Russia', 'country', 'RU', 100, 60, { vi: ['Nga'], demonyms: ['Russian'], population: 144e6 }),
    place('iso:DE', 'Germany', 'country', 'DE', 10.5, 51.5, { vi: ['Đức'], demonyms: ['German'], population: 83e6 }),
    place('iso:FR', 'France', 'country', 'FR', 2, 46, { vi: ['Pháp'], demonyms: ['French'], population: 67e6 }),
    place('iso:SA', 'Saudi Arabia', 'country', 'SA', 45, 25, { vi: ['Ả Rập Xê-út'], population: 34e6 }),
    place('iso:AE', 'United Arab Emirates', 'country', 'AE', 54.5, 23.75, { alt: ['UAE'], population: 9e6 }),
    place('ne:IQ.15', 'Nineveh', 'admin1', 'IQ', 42.75, 35.92, { alt: ['Nineveh Governorate'] }),
    place('ne:SY.07', 'Deir ez-Zor', 'admin1', 'SY', 40.275, 35.074, { alt: ['Deir Ezzor', 'Deir ez-Zor Governorate'] }),
    place('ne:US.TX', 'Texas', 'admin1', 'US', -99.25, 31.25),
    place('ne:AU.04', 'Queensland', 'admin1', 'AU', 144.778, -23.1364),
    place('ne:US.KY', 'Kentucky', 'admin1', 'US', -85.5, 37.5, { alt: ['Ky.'] }),
    place('ne:CA.02', 'British Columbia', 'admin1', 'CA', -124.5, 54, { alt: ['B.C.'] }),
    place('ne:SY.04', 'Raqqa', 'admin1', 'SY', 38.91, 36.01, { alt: ['Raqqa Governorate'] }),
    place('gn:4298960', 'London', 'city', 'US', -84.08326, 37.12898, { admin1: 'ne:US.KY', population: 7993 }),
    place('gn:2643743', 'London', 'city', 'GB', -0.12574, 51.50853, { population: 8_961_989, capital: true }),
    place('ne:GB-LND', 'London', 'admin1', 'GB', -0.08681, 51.5169, { alt: ['the City', 'City'] }),
    place('gn:99072', 'Mosul', 'city', 'IQ', 43.11889, 36.335, { admin1: 'ne:IQ.15', population: 1_683_000 }),
    place('gn:98182', 'Baghdad', 'city', 'IQ', 44.40088, 33.34058, { population: 7_216_000, capital: true }),
    place('gn:170794', 'Deir ez-Zor', 'city', 'SY', 40.14084, 35.33588, { alt: ['Deir Ezzor'], admin1: 'ne:SY.07', population: 242_565 }),
    place('gn:174448', 'Abu Kamal', 'city', 'SY', 40.91854, 34.45226, { alt: ['Albu Kamal', 'Al-Bukamal'], admin1: 'ne:SY.07', population: 57_000 }),
    place('gn:172955', 'Raqqa', 'city', 'SY', 39.00788, 35.95283, { alt: ['Raqqah', 'Ar-Raqqah'], admin1: 'ne:SY.04', population: 177_636 }),
    place('gn:170654', 'Damascus', 'city', 'SY', 36.29128, 33.5102, { vi: ['Đa-mát'], population: 1_569_394, capital: true }),
    place('gn:2988507', 'Paris', 'city', 'FR', 2.3488, 48.85341, { population: 2_138_551, capital: true }),
    place('gn:4717560', 'Paris', 'city', 'US', -95.55551, 33.66094, { admin1: 'ne:US.TX', population: 24_782 }),
    place('gn:292223', 'Masdar City', 'city', 'AE', 54.61, 24.43, { alt: ['Masdar'], population: 2000 }),
    place('gn:300797', 'Silopi', 'city', 'TR', 42.46345, 37.24379, { population: 60_000 }),
    place('gn:323786', 'Ankara', 'city', 'TR', 32.85427, 39.91987, { population: 3_517_182, capital: true }),
    place('cur:old-city-mosul', 'Old City of Mosul', 'district', 'IQ', 43.12667, 36.34306, { vi: ['Thành cổ Mosul'], parent: 'gn:99072', approx: true }),
    place('cur:west-mosul', 'West Mosul', 'district', 'IQ', 43.105, 36.335, { vi: ['Tây Mosul'], parent: 'gn:99072', approx: true }),
    place('cur:east-mosul', 'East Mosul', 'district', 'IQ', 43.165, 36.36, { vi: ['Đông Mosul'], parent: 'gn:99072', approx: true }),
    place('gn:11109818', 'Al-Shifa', 'district', 'IQ', 43.12059, 36.34737, { alt: ['Shifa'], parent: 'gn:99072' }),
    place('gn:0000001', 'Shifa', 'site', 'PS', 34.46, 31.52, { alt: ['Al-Shifa'] }),
    place('cur:kokjali', 'Kokjali', 'district', 'IQ', 43.215, 36.352, { alt: ['Gogjali'], parent: 'gn:99072', approx: true }),
    place('gn:1580240', 'Huế', 'city', 'VN', 107.59546, 16.4619, { population: 350_000 }),
    place('gn:0000002', 'Tân Phú', 'city', 'VN', 107.43, 11.27),
    place('ne:VN.QT', 'Quảng Trị', 'admin1', 'VN', 107.0, 16.75, { alt: ['Quang Tri'] }),
    place('gn:7260219', 'University', 'city', 'US', -82.43902, 28.07389, { population: 41_163 }),
    place('ne:LB.06', 'South', 'admin1', 'LB', 35.2966, 33.2661, { alt: ['South Governorate'] }),
    place('cur:persian-gulf', 'Persian Gulf', 'water', '', 51.4, 26.9, { alt: ['the Gulf'], approx: true }),
    place('cur:gulf-of-aden', 'Gulf of Aden', 'water', '', 48, 12, { approx: true }),
    place('cur:red-sea', 'Red Sea', 'water', '', 38, 22, { approx: true }),
    place('cur:europe', 'Europe', 'region', '', 9.14, 48.69, { vi: ['châu Âu'], approx: true }),
    place('cur:red-river', 'Red River', 'water', '', 105.87, 21.05, { vi: ['sông Hồng'], approx: true }),
    place('ne:SD.36', 'Red Sea', 'admin1', 'SD', 35.8873, 19.5289),
    place('iso:IL', 'Israel', 'country', 'IL', 34.75, 31.5, { demonyms: ['Israeli'], population: 8_900_000 }),
    place('iso:EG', 'Egypt', 'country', 'EG', 30, 27, { demonyms: ['Egyptian'], population: 100_000_000 }),
    place('gn:281133', 'Gaza', 'city', 'PS', 34.46672, 31.50161, { admin1: 'ne:PS.GZ', population: 410_000 }),
    place('ne:PS.GZ', 'Gaza', 'admin1', 'PS', 34.4, 31.45, { alt: ['Gaza Strip'] }),
    place('ne:MZ.02', 'Gaza', 'admin1', 'MZ', 32.8795, -23.1231),
    place('gn:4667282', 'White House', 'city', 'US', -86.65138, 36.47032, { population: 11_226 }),
    place('gn:4830455', 'Arab', 'city', 'US', -86.49582, 34.31815, { population: 8295 }),
    place('gn:4095186', 'Valley', 'city', 'US', -85.17939, 32.81874, { population: 9464 }),
    place('gn:4671654', 'Austin', 'city', 'US', -97.74306, 30.26715, { admin1: 'ne:US.TX', population: 961_855 }),
    place('iso:VN', 'Vietnam', 'country', 'VN', 107.8, 16, { vi: ['Việt Nam'], alt: ['Viet Nam'], demonyms: ['Vietnamese'], population: 96e6 }),
  ],
};
