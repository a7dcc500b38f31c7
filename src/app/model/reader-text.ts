import type { TextLayout } from './dataset.ts';
import { segmentText, type Segment, type Span } from './highlight.ts';

/** A stretch of the text that is, or is not, a repeat of earlier text, cut into plain and mention segments. */
export interface Run {
  duplicate: boolean;
  segments: Segment[];
}

/** An article's text as the reader sets it out: the body, and the related-links block apart. */
export interface ReaderText {
  body: Run[];
  /** Empty when the article has no related-links block. */
  related: Run[];
}

interface Stretch {
  start: number;
  end: number;
  duplicate: boolean;
  related: boolean;
}

/** The text cut at the related block's start and at every repeated range. */
function stretches(length: number, layout: TextLayout | undefined): Stretch[] {
  const relatedStart = Math.min(layout?.relatedStart ?? length, length);
  const cuts = new Set([0, relatedStart, length]);
  for (const [start, end] of layout?.duplicates ?? []) if (end > start) cuts.add(Math.min(start, length)).add(Math.min(end, length));
  const points = [...cuts].sort((a, b) => a - b);
  const isDuplicate = (at: number) => (layout?.duplicates ?? []).some(([s, e]) => at >= s && at < e);
  return points.slice(0, -1).map((start, i) => ({ start, end: points[i + 1]!, duplicate: isDuplicate(start), related: start >= relatedStart }));
}

/**
 * Mentions and plain text for the reader, in stretches: repeated paragraphs marked, the
 * related-links block set apart. A plain segment that crosses a cut is split; a mention stays
 * whole in the stretch where it starts.
 */
export function readerText(text: string, layout: TextLayout | undefined, spans: readonly Span[]): ReaderText {
  const all = stretches(text.length, layout);
  const runs = all.map((s) => ({ duplicate: s.duplicate, segments: [] as Segment[] }));
  let at = 0;
  let r = 0;
  for (const segment of segmentText(text, spans)) {
    let rest = segment.text;
    while (rest) {
      while (at >= all[r]!.end && r < all.length - 1) r++;
      const take = segment.mention === null ? Math.min(rest.length, all[r]!.end - at) : rest.length;
      runs[r]!.segments.push({ text: rest.slice(0, take), mention: segment.mention });
      rest = rest.slice(take);
      at += take;
    }
  }
  const pick = (related: boolean) => runs.filter((run, i) => all[i]!.related === related && run.segments.length > 0);
  return { body: pick(false), related: pick(true) };
}
