import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A deterministic pseudo-random generator, so every run measures the same corpus. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EN = [
  'Officials in {A} said on Monday that talks with {B} had stalled over the border crossing.',
  'Hundreds of families fled {A} towards {B} as fighting spread along the main road.',
  'The governor of {A} told reporters the storm had cut power to much of the province.',
  '{A} and {B} signed a trade agreement that analysts said would take years to carry out.',
  'Police in {A} arrested three men after a shooting near the central market on Friday night.',
  'A spokesman for the ministry said aid convoys had reached {A} but not the villages beyond it.',
  'Prices rose sharply in {A}, where the local currency lost a tenth of its value this month.',
];
const VI = [
  'Các quan chức tại {A} cho biết cuộc đàm phán với {B} đã bị đình trệ.',
  'Hàng trăm gia đình đã rời khỏi {A} để tới {B} khi giao tranh lan rộng.',
  'Theo nguồn tin địa phương, lũ lụt đã cắt đứt nhiều tuyến đường ở {A}.',
  'Lực lượng cứu hộ đã tiếp cận {A} nhưng chưa thể vào các làng xung quanh.',
];

/**
 * Articles of varied news text, about `megabytes` in all, one at a time so that no more than one
 * is held: the seed articles' paragraphs, shuffled, mixed with sentences in both languages that
 * name `places` (names from the gazetteer). The same arguments give the same articles.
 */
export function* corpusArticles(megabytes: number, places: readonly string[], seedsDir: string): Generator<string> {
  const rnd = random(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const paragraphs = readdirSync(seedsDir).filter(f => f.endsWith('.txt'))
    .flatMap(f => readFileSync(join(seedsDir, f), 'utf8').split(/\n\s*\n/)).filter(p => p.trim().length > 40);
  const sentence = (templates: string[]) => pick(templates).replace('{A}', pick(places)).replace('{B}', pick(places));
  let bytes = 0;
  while (bytes < megabytes * 1e6) {
    const lang = rnd() < 0.5 ? EN : VI;
    const parts = [sentence(lang)];
    const length = 8 + Math.floor(rnd() * 30);
    for (let i = 0; i < length; i++) parts.push(rnd() < 0.3 ? pick(paragraphs) : Array.from({ length: 4 }, () => sentence(lang)).join(' '));
    const article = parts.join('\n\n');
    bytes += Buffer.byteLength(article);
    yield article;
  }
}
