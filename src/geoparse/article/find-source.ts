// News outlets and agencies whose name in an article says where the story comes from.
const KNOWN_SOURCES: Array<[RegExp, string]> = [
  [/\bVOV(?:\.VN)?\b/, 'VOV'],
  [/\bReuters\b/, 'Reuters'],
  [/\bAssociated Press\b|\(AP\)/, 'AP'],
  [/\bAFP\b|\bAgence France-Presse\b/, 'AFP'],
  [/\bAl Masdar News\b|\bAMN\b/, 'AMN'],
  [/\bTTXVN\b/, 'TTXVN'],
  [/\bVnExpress\b/, 'VnExpress'],
  [/\bTuổi Trẻ\b/u, 'Tuổi Trẻ'],
  [/\bThanh Niên\b/u, 'Thanh Niên'],
  [/\bBBC\b/, 'BBC'],
  [/\bCNN\b/, 'CNN'],
  [/\bAl Jazeera\b/, 'Al Jazeera'],
  [/\bXinhua\b|\bTân Hoa Xã\b/u, 'Xinhua'],
  [/\bTASS\b/, 'TASS'],
];

const NAME = "\\p{Lu}[\\p{L}.'’-]*(?:\\s\\p{Lu}[\\p{L}.'’-]*){0,3}";
// Credit lines: "VOV.VN - ", "Theo VOV", "(Nguồn ảnh: Reuters)", "(Reuters) -", "Source: Reuters".
const CREDITS: RegExp[] = [
  new RegExp(`^\\s*(${NAME})\\s+[-–—]\\s`, 'mu'),
  new RegExp(`(?:^|[.!?]\\s+)Theo\\s+(${NAME})`, 'mu'),
  new RegExp(`(?:Nguồn(?:\\s+ảnh)?|Source|Ảnh)\\s*:\\s*(${NAME})`, 'u'),
  new RegExp(`\\((${NAME})\\)\\s+[-–—]`, 'u'),
];

/** Who published or supplied the story: a credit line first, else the first outlet the text names. */
export function findSource(body: string): string | null {
  let best: { at: number; name: string } | null = null;
  for (const re of CREDITS) {
    const m = re.exec(body);
    if (m && (!best || m.index < best.at)) best = { at: m.index, name: m[1]! };
  }
  if (best) return canonicalSource(best.name);
  let first: { at: number; name: string } | null = null;
  for (const [re, name] of KNOWN_SOURCES) {
    const m = re.exec(body);
    if (m && (!first || m.index < first.at)) first = { at: m.index, name };
  }
  return first?.name ?? null;
}

function canonicalSource(credit: string): string {
  const name = credit.trim().replace(/[.\s]+$/u, '');
  return KNOWN_SOURCES.find(([re]) => re.test(name))?.[1] ?? name;
}
