import type { ListKind } from '../spot/kind-lists.ts';
import { fold } from '../text/fold.ts';
import { VI_COMMON_SYLLABLES } from './vi-common-syllables.generated.ts';

/** Letters only Vietnamese writes (lowercase NFC): they tell its text and its names apart. */
export const VIETNAMESE_LETTERS = 'ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ';
const VIETNAMESE_LETTER = new RegExp(`[${VIETNAMESE_LETTERS}]`, 'u');

/** Whether a word or name has a (lowercase) letter only Vietnamese writes. */
export const hasVietnameseLetter = (text: string): boolean => VIETNAMESE_LETTER.test(text);

/** Syllables of Vietnamese function words, as written: "Tuy", "Một", "Với" opening a sentence are not places. */
export const COMMON_SYLLABLES: ReadonlySet<string> = new Set(VI_COMMON_SYLLABLES.split(' '));

const words = (list: string): string[] => list.trim().split(/\s*\|\s*|\n\s*/);
const set = (list: string): ReadonlySet<string> => new Set(words(list).map(fold));
/** Words as written, tones kept: folded, the cue "phủ" would be the name "Phú". */
const writtenSet = (list: string): ReadonlySet<string> => new Set(words(list).map(w => w.normalize('NFC').toLowerCase()));

/**
 * Short country names that are also everyday Vietnamese words or given names: "Anh" is "he" or
 * "brother", "Mỹ" and "Nga" are names, "Pháp" is "law". They name the country only after a word
 * that points to one.
 */
export const AMBIGUOUS_COUNTRY_WORDS = set('Mỹ | Nga | Anh | Pháp | Đức | Ý | Úc | Nhật | Hàn | Lào | Thái | Tàu | Nam | Bỉ | Hà Lan | Ấn');

/** Words after which such a short name is a country: "người Anh", "phía Nga", "Tướng Mỹ", "Iraq và Mỹ". As written. */
export const COUNTRY_CUES = writtenSet(`
  người | nước | phía | của | và | với | tại | ở | sang | đến | tới | từ | chống | giữa | thăm | khắp | thuộc | cùng
  quân | đội | lính | sĩ | tướng | chức | phủ | quyền | thống | tướng | trưởng | sứ | quán | minh | phe | đạo | gia
  hãng | tàu | bay | hạm | lực | dân | đồng | viện | thượng | hạ | ngoại | giao | tình | báo | liên
`);

/** Prepositions of place before a name: "ở Mosul", "tại Raqqa", "gần Tal Afar", "từ Silopi". */
export const LOCATIVES = set('ở | tại | gần | từ');

/** The commonest family names: a place name followed by one may be followed by a person's ("tỉnh Quảng Ninh Cao Tường Huy"). */
export const SURNAMES = set(`
  Nguyễn | Trần | Lê | Phạm | Hoàng | Huỳnh | Phan | Vũ | Võ | Đặng | Bùi | Đỗ | Hồ | Ngô | Dương | Lý | Đào | Đoàn
  Vương | Trịnh | Trương | Lâm | Phùng | Mai | Tô | Hà | Cao | Đinh | Lương | Thái | Tạ | Quách | Châu | Lưu | Lại | Nông | Triệu
`);

/** Titles before a person's name: "Chủ tịch Hồ Chí Minh" is a man, not the city. As written: folded, "bác" would be "Bắc". */
export const PERSON_TITLES = writtenSet('tịch | ông | bà | cụ | bác | chú | cô | chị | em | cháu | đồng chí | thiếu tướng | trung tướng | đại tướng | thượng tướng | giáo sư | tiến sĩ | bác sĩ | nhà văn | nhà thơ');

/** Compass words: "Tây Mosul", "phía đông Albu Kamal", "miền Nam". */
export const DIRECTIONS = new Map<string, string>([
  ['dong', 'east'], ['tay', 'west'], ['nam', 'south'], ['bac', 'north'],
  ['dong bac', 'northeast'], ['tay bac', 'northwest'], ['dong nam', 'southeast'], ['tay nam', 'southwest'],
]);

/** Words that introduce a direction rather than name a place: "phía đông", "miền đông". */
export const DIRECTION_LEADS = set('phía | miền | vùng | hướng | mạn');

/** Words after which a compass word is a direction, not the region of that name: "hướng Đông Bắc", "phía Tây". */
export const HEADINGS = set('hướng | phía');

/**
 * Generic words that Vietnamese writes in lowercase as the first words of a name: "sông Hồng",
 * "biển Đen", "châu Âu", "miền Trung", "quần đảo Trường Sa" (an archipelago), "bán đảo Triều Tiên"
 * (a peninsula), "eo biển Hormuz" (a strait), "kênh đào Suez" (a canal), "quận 7", "bãi cạn
 * Scarborough" (a shoal), "đá Gạc Ma" (a reef).
 */
export const NAME_LEADS = set('sông | biển | vịnh | hồ | đảo | quần | bán | núi | châu | miền | quận | phường | eo | kênh | bãi | cạn | đá');

/** Generic words before a name and the kind of place they announce: "tỉnh Deir Ezzor", "thành phố Mosul". */
export const TYPE_CUES_BEFORE = new Map<string, 'city' | 'admin1' | 'water' | 'district' | 'region'>([
  ['thanh pho', 'city'], ['tp', 'city'], ['thi tran', 'city'], ['thi xa', 'city'], ['lang', 'city'], ['xa', 'city'],
  ['tinh', 'admin1'], ['bang', 'admin1'], ['khu', 'district'], ['khu vuc', 'district'], ['quan', 'district'],
  ['phuong', 'district'], ['huyen', 'district'], ['mien', 'region'], ['vung', 'region'], ['song', 'water'],
]);

/** Plural kind words before a list: each name of "các tỉnh Thái Bình, Nam Định và Ninh Bình" is a province. */
export const LIST_KINDS_BEFORE: ReadonlyMap<string, ListKind> = new Map([
  ...['cac', 'nhung', 'hai', 'ba', 'bon', 'nam'].flatMap(many => [
    [`${many} tinh`, { word: 'tinh', type: 'admin1' }],
    [`${many} thanh pho`, { word: 'thanh pho', type: 'city' }],
    [`${many} huyen`, { word: 'huyen', type: 'district' }],
    [`${many} quan`, { word: 'quan', type: 'district' }],
    [`${many} bang`, { word: 'bang', type: 'admin1' }],
  ] as Array<[string, ListKind]>),
]);

/** Words that open a water's name: "Biển Đỏ", "Sông Hồng", "Vịnh Ba Tư", "eo biển Hormuz" ("Hồ" is a family name too). */
export const WATER_WORDS = set('biển | sông | vịnh | eo | kênh');

/** Part-of-city phrases and the English name the gazetteer keeps them under: "Thành cổ Mosul" is the Old City of Mosul. */
export const CITY_PARTS = new Map<string, string>([['thanh co', 'old city']]);
