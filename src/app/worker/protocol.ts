import type { MentionFeature } from '../../geoparse/types.ts';
import type { AddInput, AddOutcome } from '../ingest/ingest.ts';
import type { PlaceChoice } from '../model/corrections.ts';

/** What became of an input: as ingest says, or an article the page already has. */
export type AddReply = AddOutcome | { ok: true; added: { kind: 'known'; title: string } };

/** Page → geoparsing worker. */
export type WorkerRequest =
  | { type: 'init'; gazetteerUrl: string }
  /** `known`: the ids of the articles on the map, so one added again is neither sent back nor saved. */
  | { id: number; type: 'add'; input: AddInput; now: number; known: string[] }
  | { id: number; type: 'places-named'; name: string };

/** Geoparsing worker → page. */
export type WorkerReply =
  /** The request waits for the gazetteer, loaded the first time one needs it. */
  | { id: number; type: 'loading-gazetteer' }
  /** Some of the mentions of the 'added' reply that follows (see splitMentions). */
  | { id: number; type: 'mentions'; mentions: MentionFeature[] }
  /** saveError: why a new article could not be kept in this browser. */
  | { id: number; type: 'added'; outcome: AddReply; saveError: string | null }
  | { id: number; type: 'places'; places: PlaceChoice[] }
  | { id: number; type: 'failed'; message: string };

/**
 * Mentions per message. The page reads each message in a task of its own: thousands of mentions
 * in one message would hold its main thread for longer than a frame.
 */
export const MENTIONS_PER_MESSAGE = 1000;

/** The outcome without its mentions, and the mentions, to send apart. */
export function splitMentions(outcome: AddReply): { outcome: AddReply; mentions: MentionFeature[] } {
  if (!outcome.ok) return { outcome, mentions: [] };
  const { added } = outcome;
  if (added.kind === 'article') return { outcome: { ok: true, added: { kind: 'article', record: { ...added.record, mentions: [] } } }, mentions: added.record.mentions };
  if (added.kind === 'mentions') return { outcome: { ok: true, added: { kind: 'mentions', mentions: [] } }, mentions: added.mentions };
  return { outcome, mentions: [] };
}

/** The outcome with the mentions that were sent apart put back. */
export function joinMentions(outcome: AddReply, mentions: MentionFeature[]): AddReply {
  if (!outcome.ok) return outcome;
  const { added } = outcome;
  if (added.kind === 'article') return { ok: true, added: { kind: 'article', record: { ...added.record, mentions } } };
  if (added.kind === 'mentions') return { ok: true, added: { kind: 'mentions', mentions } };
  return outcome;
}
