import type { MentionProperties } from '../../geoparse/types.ts';

/** A piece of text, marked with the mention it is the surface of, if any. */
export interface Segment {
  text: string;
  /** Index into the spans given to segmentText. */
  mention: number | null;
}

export interface Span {
  start: number;
  end: number;
}

/**
 * Cuts a text into plain runs and mention runs, for the reader to mark mentions up as elements
 * (never as HTML). Spans that overlap one already placed are left plain.
 */
export function segmentText(text: string, spans: readonly Span[]): Segment[] {
  const order = spans.map((_, i) => i).sort((i, j) => spans[i]!.start - spans[j]!.start || spans[j]!.end - spans[i]!.end);
  const segments: Segment[] = [];
  let at = 0;
  for (const i of order) {
    const { start, end } = spans[i]!;
    if (start < at || end > text.length || end <= start) continue;
    if (start > at) segments.push({ text: text.slice(at, start), mention: null });
    segments.push({ text: text.slice(start, end), mention: i });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mention: null });
  return segments;
}

export interface ContextParts {
  before: string;
  match: string;
  after: string;
}

/**
 * The mention's sentence split around the mention. The sentence is found in the article at the
 * mention's offsets, so the right one of several equal surfaces is marked; without the article
 * text, the first occurrence of the surface is.
 */
export function contextParts(articleText: string | null, m: MentionProperties): ContextParts {
  const context = m.context;
  let offset = -1;
  if (articleText) {
    let pos = articleText.indexOf(context, Math.max(0, m.end - context.length));
    while (pos >= 0 && pos <= m.start) {
      if (pos + context.length >= m.end) {
        offset = m.start - pos;
        break;
      }
      pos = articleText.indexOf(context, pos + 1);
    }
  }
  if (offset < 0) offset = context.indexOf(m.surface);
  if (offset < 0) return { before: context, match: '', after: '' };
  const length = m.surface.length;
  return { before: context.slice(0, offset), match: context.slice(offset, offset + length), after: context.slice(offset + length) };
}
