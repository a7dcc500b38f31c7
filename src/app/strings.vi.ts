import type { Expected, ImportReason } from './model/import.ts';
import type { LinkField, LinkProblem } from './model/url-state.ts';
import type { Strings } from './strings.ts';
import { countryName, formatDate, formatNumber } from './ui/format.ts';

const n = (value: number) => formatNumber(value, 'vi');

const EXPECTED: Record<Exclude<Expected, object>, string> = {
  articleId: 'một mã bài viết', placeId: 'một mã địa điểm', text: 'một chuỗi văn bản', textOrNull: 'một chuỗi văn bản hoặc null',
  wholeNumber: 'một số nguyên không âm', share: 'một số từ 0 đến 1', boolean: 'true hoặc false',
};

/** `"vi" hoặc "en"`: the values as they are written in the file. */
const either = (values: readonly string[]) => `${values.slice(0, -1).map((v) => `"${v}"`).join(', ')} hoặc "${values.at(-1)}"`;

/** Why a GeoJSON file was refused, naming it and, when one is to blame, its feature. */
function importProblem(name: string, reason: ImportReason): string {
  const file = `“${name}”`;
  const feature = (at: number) => `${file}: đối tượng thứ ${n(at)}`;
  switch (reason.kind) {
    case 'notJson': return `${file} không phải là JSON hợp lệ`;
    case 'notFeatureCollection': return `${file} không phải là một tập đối tượng GeoJSON (FeatureCollection)`;
    case 'noFeatures': return `${file} không có đối tượng (feature) nào`;
    case 'notFeature': return `${feature(reason.feature)} không phải là một đối tượng GeoJSON (Feature)`;
    case 'notPoint': return reason.geometry === null
      ? `${feature(reason.feature)} không có hình học (geometry); mỗi đối tượng phải là một điểm (Point)`
      : `${feature(reason.feature)} là ${reason.geometry}, không phải là một điểm (Point)`;
    case 'unreadableCoordinates': return `${feature(reason.feature)} có tọa độ không đọc được`;
    case 'outOfRange':
      return `${feature(reason.feature)} có tọa độ nằm ngoài phạm vi (${n(reason.lon)}; ${n(reason.lat)}): kinh độ phải trong khoảng ±180 và vĩ độ trong khoảng ±90`;
    case 'noProperties': return `${feature(reason.feature)} không có thuộc tính (properties)`;
    case 'badProperty': {
      const { expected } = reason;
      return `${feature(reason.feature)}: thuộc tính “${reason.key}” phải là ${typeof expected === 'string' ? EXPECTED[expected] : either(expected.oneOf)}`;
    }
    case 'endBeforeStart': return `${feature(reason.feature)}: giá trị “end” nhỏ hơn “start”`;
  }
}

const LINK_FIELDS: Record<LinkField, string> = {
  zoom: 'mức thu phóng', latitude: 'vĩ độ', longitude: 'kinh độ', bearing: 'góc xoay', pitch: 'góc nghiêng',
  areaLatitude: 'vĩ độ của khu vực', areaLongitude: 'kinh độ của khu vực', areaRadius: 'bán kính khu vực',
  dateFrom: 'ngày bắt đầu', dateTo: 'ngày kết thúc',
};

/** The interface in Vietnamese: the same keys as the English table in strings.ts. */
export const vi: Strings = {
  appName: 'Địa danh trong tin',
  appTagline: 'Tin tức diễn ra ở đâu: các địa điểm được nhắc đến trong bài viết',
  pageTitle: 'Địa danh trong tin — bản đồ',
  mapLabel: 'Bản đồ các địa điểm được nhắc đến trong bài viết. Phím mũi tên để di chuyển, phím cộng và trừ để phóng to, thu nhỏ.',
  loading: 'Đang tải bài viết…',
  loadFailed: (why) => `Không tải được bài viết: ${why}`,
  summary: (mentions, places, articles) => `${n(mentions)} lượt nhắc đến ${n(places)} địa điểm trong ${n(articles)} bài viết`,
  number: n,
  date: (date) => formatDate(date, 'vi', 'không rõ ngày', 'không rõ năm'),
  countryName: (code) => countryName(code, 'vi'),

  language: 'Ngôn ngữ',

  articles: 'Bài viết',
  articleToggle: (title) => `Hiện các lượt nhắc trong bài “${title}”`,
  showAllArticles: (count) => `Hiện tất cả ${n(count)} bài viết`,
  mentionsCount: (count) => `${n(count)} lượt nhắc`,
  rename: 'Đổi tên',
  remove: 'Xóa',
  renameArticle: (title) => `Đổi tên bài “${title}”`,
  removeArticle: (title) => `Xóa bài “${title}”`,
  newTitle: 'Tiêu đề mới',
  saveTitle: 'Lưu',
  cancel: 'Hủy',
  removeConfirm: (title) => `Xóa bài “${title}” và các chỉnh sửa của bạn cho bài này khỏi trình duyệt?`,
  removeYes: 'Xóa bài',
  articleRemoved: (title) => `Đã xóa bài “${title}”.`,
  addedByYou: 'do bạn thêm',

  layers: 'Lớp bản đồ',
  layerGroups: { local: 'Quận huyện & địa điểm', city: 'Thành phố & thị trấn', region: 'Tỉnh & vùng', country: 'Quốc gia' },
  sections: { body: 'Trong thân bài', related: 'Trong mục tin liên quan' },
  sectionHint: 'Lượt nhắc trong mục tin liên quan được vẽ bằng vòng tròn rỗng.',

  filters: 'Bộ lọc',
  searchLabel: 'Tìm địa điểm',
  searchPlaceholder: 'Tên địa điểm, bằng ngôn ngữ nào cũng được (vd: thanh co)',
  dateFrom: 'Từ ngày',
  dateTo: 'Đến ngày',
  area: 'Khu vực',
  areaAnywhere: 'Mọi nơi',
  areaNear: 'Trong một bán kính',
  areaView: 'Trong khung nhìn bản đồ hiện tại',
  radiusKm: 'Bán kính (km)',
  areaCentre: (name) => `quanh ${name}`,
  pickCentre: 'Chọn tâm trên bản đồ',
  pickingCentre: 'Bấm vào bản đồ để đặt tâm…',
  clearFilters: 'Xóa mọi bộ lọc',

  places: 'Địa điểm',
  sortBy: 'Sắp xếp địa điểm theo',
  sortMentions: 'Lượt nhắc',
  sortName: 'Tên',
  noPlaces: 'Không có địa điểm nào khớp với bộ lọc.',
  listCapped: (shown, total) => `Đang hiện ${n(shown)} trong số ${n(total)} địa điểm.`,

  placeTypes: { country: 'Quốc gia', admin1: 'Tỉnh / bang', region: 'Vùng', city: 'Thành phố, thị trấn', district: 'Quận, huyện', site: 'Công trình, khu vực', water: 'Sông, hồ, biển' },
  writtenAs: 'Cách viết trong bài',
  coordinates: 'Tọa độ',
  duplicate: 'lặp lại',
  readArticle: 'Đọc bài viết',
  nearHere: (km) => `Chỉ hiện các địa điểm trong vòng ${n(km)} km quanh đây`,
  moreMentions: (count) => `và ${n(count)} lượt nhắc khác trong bài này`,
  closePopup: 'Đóng',

  reader: 'Bài viết',
  closeReader: 'Đóng bài viết',
  noText: 'Chưa tải nội dung của bài viết này; các lượt nhắc trong bài:',
  mentionButton: (name) => `${name}: xem trên bản đồ`,
  source: 'Nguồn',
  readerKey: 'Địa điểm được tô màu theo loại:',
  notAPlaceKey: 'không phải địa điểm',
  relatedBlock: 'Tin liên quan (không thuộc nội dung bài)',
  repeatedText: 'Đoạn lặp lại: địa điểm trong đó vẫn hiện nhưng không được đếm',
  mentionState: { geoparser: '', corrected: ' (bạn đã sửa)', 'not-a-place': ' (bạn đã đánh dấu là không phải địa điểm)' },
  mentionNotAPlace: (surface) => `${surface}: đã đánh dấu là không phải địa điểm`,
  editMention: (surface) => `“${surface}”`,
  onTheMapAs: 'Trên bản đồ là',
  notOnTheMap: 'Không có trên bản đồ: bạn đã đánh dấu đây không phải là địa điểm.',
  geoparserRead: (name) => `Bộ nhận dạng địa danh đọc đây là ${name}.`,
  placeSummary: (type, within, country) => [type, within, country].filter(Boolean).join(', '),
  confidence: (share) => `độ tin cậy ${n(Math.round(share * 100))}%`,
  choosePlace: 'Chọn địa điểm khác',
  notAPlace: 'Không phải địa điểm',
  undoCorrection: 'Hoàn tác chỉnh sửa của tôi',
  closeEditor: 'Đóng',
  placesNamed: (surface) => `Các địa điểm trong từ điển địa danh mang tên “${surface}”`,
  lookingUp: 'Đang tra các địa điểm mang tên này…',
  noOtherPlaces: 'Từ điển địa danh không có địa điểm nào khác mang tên này.',
  currentPlace: 'hiện tại',
  lookupFailed: (why) => `Không tra được các địa điểm (${why}).`,
  corrected: (surface, name) => `“${surface}” giờ là ${name} trên bản đồ.`,
  markedNotAPlace: (surface) => `“${surface}” đã được bỏ khỏi bản đồ: không phải địa điểm.`,
  correctionUndone: (surface) => `“${surface}” đã trở lại như bộ nhận dạng địa danh đọc.`,

  copyLink: 'Sao chép liên kết',
  linkCopied: 'Đã sao chép liên kết: liên kết này mở đúng khung nhìn hiện tại.',
  linkCopyFailed: 'Không sao chép được liên kết; hãy sao chép từ thanh địa chỉ.',
  downloadGeoJSON: 'Tải GeoJSON xuống',
  downloadCSV: 'Tải CSV xuống',
  openFile: 'Thêm tệp',
  openFileHint: 'Văn bản (.txt, .md), trang web (.html) hoặc GeoJSON xuất từ bản đồ này; có thể chọn nhiều tệp cùng lúc',
  dropHint: 'Thả tệp văn bản, HTML hoặc GeoJSON vào bản đồ để thêm.',
  pasteArticle: 'Dán bài viết',
  pasteHint: 'Văn bản chỉ nằm trong trình duyệt này: địa điểm được tìm ngay tại đây, không gửi đi đâu cả.',
  pasteTitle: 'Tiêu đề (không bắt buộc; nếu để trống sẽ lấy dòng đầu tiên)',
  pasteText: 'Nội dung bài viết, bằng tiếng Anh hoặc tiếng Việt',
  pasteSubmit: 'Tìm địa điểm',
  pasteEmpty: 'Hãy dán nội dung bài viết trước: ô văn bản đang trống.',
  pastedText: 'văn bản đã dán',
  adding: (done, total, name) => `Đang thêm ${n(done + 1)}/${n(total)}: ${name}`,
  loadingGazetteer: 'Đang tải từ điển địa danh (chỉ lần đầu)…',
  articleAdded: (title, mentions, places) => `Đã thêm “${title}”: ${n(mentions)} lượt nhắc đến ${n(places)} địa điểm.`,
  batchAdded: (names, more) => `Đã thêm: ${names.join(', ')}${more ? ` và ${n(more)} bài khác` : ''}.`,
  alreadyAdded: (name) => `“${name}” đã có trên bản đồ: không có gì để thêm.`,
  addProblems: {
    empty: (name) => `“${name}” trống`,
    blank: (name) => `“${name}” chỉ có khoảng trắng`,
    binary: (name) => `“${name}” là tệp nhị phân (ảnh, PDF hay tệp nén?), không phải văn bản`,
    'not-utf8': (name) => `“${name}” không phải văn bản UTF-8; hãy lưu lại dưới dạng UTF-8 rồi thêm lại`,
    unsupported: (name) => `“${name}” không phải loại tệp bản đồ đọc được (.txt, .md, .html, .geojson)`,
    'too-big': (name) => `“${name}” lớn hơn 20 MB`,
    'no-text': (name) => `“${name}” không còn chữ nào sau khi bỏ phần mã định dạng`,
    geojson: (name, reason) => importProblem(name, reason),
    gazetteer: (name, why) => `Không nhận dạng được địa danh trong “${name}”: ${why}`,
  },
  addFailed: (name, why) => `Không thêm được “${name}” (${why})`,
  storageUnavailable: (why) => `Trình duyệt này không lưu được các bài viết đã thêm (${why}): chúng chỉ còn đến khi tải lại trang.`,
  storageFailed: (why) => `Không lưu được thay đổi trong trình duyệt này (${why}); thay đổi chỉ còn đến khi tải lại trang.`,
  fileAdded: (file, added, known, corrected) =>
    `${file}: đã thêm ${n(added)} lượt nhắc${known ? `, ${n(known)} lượt đã có trên bản đồ` : ''}${corrected ? `, ${n(corrected)} lượt được sửa theo tệp` : ''}.`,
  fileRefused: (why) => `${why}. Chưa thêm gì; bản đồ giữ nguyên.`,

  settings: 'Bản đồ nền',
  basemapLabel: 'Bản đồ nền trực tuyến: URL style của MapLibre hoặc tệp PMTiles',
  basemapHint: 'Để trống để dùng bản đồ ngoại tuyến có sẵn. Bản đồ nền trực tuyến sẽ gửi yêu cầu đến máy chủ của nó.',
  basemapApply: 'Dùng bản đồ nền này',
  basemapOffline: 'Dùng bản đồ ngoại tuyến',
  basemapFailed: (why) => `Không tải được bản đồ nền trực tuyến (${why}); đã quay về bản đồ ngoại tuyến.`,
  basemapAsk: (host) => `Liên kết này hiển thị bản đồ nền trực tuyến từ ${host}. Tải bản đồ nền sẽ gửi yêu cầu đến máy chủ đó.`,
  basemapLoad: 'Tải bản đồ nền',
  basemapKeepOffline: 'Giữ bản đồ ngoại tuyến',

  badLink: (why) => `Không mở được liên kết này đúng như gửi (${why}), nên bản đồ hiện khung nhìn mặc định.`,
  elsewhere: (ids, more) =>
    `Liên kết này có những bài viết được thêm ở một trình duyệt khác và không có ở đây: ${ids.join(', ')}${more ? ` và ${n(more)} bài khác` : ''}. Phần còn lại của khung nhìn vẫn đúng như khi chia sẻ; hãy nhờ người gửi xuất tệp GeoJSON để xem các bài đó.`,
  linkProblem: (problem: LinkProblem): string => {
    switch (problem.kind) {
      case 'notNumber': return `${LINK_FIELDS[problem.field]} không phải là số`;
      case 'outOfRange': return `${LINK_FIELDS[problem.field]} nằm ngoài phạm vi cho phép`;
      case 'notDate': return `${LINK_FIELDS[problem.field]} không phải là ngày hợp lệ`;
      case 'notLoaded': return `${problem.what === 'place' ? 'địa điểm' : 'bài viết'} “${problem.value}” chưa được tải`;
      case 'unknownLayer': return `không có lớp bản đồ “${problem.value}”`;
      case 'unknownLanguage': return `không có ngôn ngữ “${problem.value}”`;
      case 'unknownPart': return `liên kết có phần lạ “${problem.value}”`;
      case 'noValue': return `phần “${problem.value}” của liên kết không có giá trị`;
      case 'repeated': return `liên kết lặp lại “${problem.value}”`;
      case 'cameraUnreadable': return 'không đọc được vị trí bản đồ';
      case 'areaUnreadable': return 'không đọc được khu vực';
      case 'addedUnreadable': return 'không đọc được danh sách bài viết đã thêm';
      case 'textTooLong': return 'chuỗi tìm kiếm quá dài';
      case 'textCharacters': return 'chuỗi tìm kiếm chứa ký tự không tên địa điểm nào có';
      case 'urlTooLong': return 'URL bản đồ nền quá dài';
      case 'notUrl': return 'URL bản đồ nền không phải là một URL';
      case 'urlScheme': return 'URL bản đồ nền phải bắt đầu bằng https:// hoặc http://, hoặc bằng pmtiles:// rồi một trong hai';
      case 'datesReversed': return 'ngày bắt đầu nằm sau ngày kết thúc';
      case 'linkTooLong': return 'liên kết quá dài';
      case 'badEncoding': return 'liên kết không được mã hóa đúng cách';
    }
  },
  dismiss: 'Đóng thông báo',

  mapControls: {
    'NavigationControl.ZoomIn': 'Phóng to',
    'NavigationControl.ZoomOut': 'Thu nhỏ',
    'NavigationControl.ResetBearing': 'Kéo để xoay bản đồ, bấm để quay về hướng bắc',
    'AttributionControl.ToggleAttribution': 'Hiện hoặc ẩn nguồn dữ liệu bản đồ',
    'AttributionControl.MapFeedback': 'Góp ý về bản đồ',
    'LogoControl.Title': 'Biểu trưng MapLibre',
  },
};
