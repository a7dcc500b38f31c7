import type { AddInput, AddOutcome } from '../ingest/ingest.ts';
import type { PlaceChoice } from '../model/corrections.ts';

/** Page → geoparsing worker. */
export type WorkerRequest =
  | { type: 'init'; gazetteerUrl: string }
  | { id: number; type: 'add'; input: AddInput; now: number }
  | { id: number; type: 'places-named'; name: string };

/** Geoparsing worker → page. */
export type WorkerReply =
  /** The request waits for the gazetteer, loaded the first time one needs it. */
  | { id: number; type: 'loading-gazetteer' }
  | { id: number; type: 'added'; outcome: AddOutcome }
  | { id: number; type: 'places'; places: PlaceChoice[] }
  | { id: number; type: 'failed'; message: string };
