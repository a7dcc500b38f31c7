import type { Writable } from 'node:stream';
import type { MentionFeature } from '../geoparse/types.ts';

export type Format = 'geojson' | 'geojsonseq';

/**
 * One article's features as text in the output's format, ready to be joined to the others'. It is
 * done where the features are made: in worker threads, this keeps the main thread to writing.
 */
export function serializeFeatures(features: MentionFeature[], format: Format): string {
  let text = '';
  for (const f of features) text += format === 'geojsonseq' ? `\x1e${JSON.stringify(f)}\n` : `${text ? ',' : ''}\n${JSON.stringify(f)}`;
  return text;
}

/**
 * Writes articles' features as they come, so a large corpus never sits in memory whole: one
 * RFC 7946 FeatureCollection, or RFC 8142 text sequences (RS, JSON, LF per feature).
 */
export class FeatureWriter {
  private written = false;

  constructor(private readonly out: Writable, private readonly format: Format) {
    if (format === 'geojson') out.write('{"type":"FeatureCollection","features":[');
  }

  /** Takes what serializeFeatures made of one article in this writer's format. */
  write(serialized: string): Promise<void> {
    if (serialized === '') return Promise.resolve();
    const chunk = this.format === 'geojson' && this.written ? `,${serialized}` : serialized;
    this.written = true;
    return new Promise(resolve => (this.out.write(chunk) ? resolve() : this.out.once('drain', resolve)));
  }

  end(): Promise<void> {
    return new Promise(resolve => {
      if (this.format === 'geojson') this.out.write('\n]}\n', () => resolve());
      else resolve();
    });
  }
}
