import type { Writable } from 'node:stream';
import type { MentionFeature } from '../geoparse/types.ts';

export type Format = 'geojson' | 'geojsonseq';

/**
 * Writes features as they come, so a large corpus never sits in memory whole: one RFC 7946
 * FeatureCollection, or RFC 8142 text sequences (RS, JSON, LF per feature).
 */
export class FeatureWriter {
  private count = 0;

  constructor(private readonly out: Writable, private readonly format: Format) {
    if (format === 'geojson') out.write('{"type":"FeatureCollection","features":[');
  }

  write(features: MentionFeature[]): Promise<void> {
    if (features.length === 0) return Promise.resolve();
    let chunk = '';
    for (const f of features) {
      const json = JSON.stringify(f);
      chunk += this.format === 'geojsonseq' ? `\x1e${json}\n` : `${this.count++ ? ',' : ''}\n${json}`;
    }
    return new Promise(resolve => (this.out.write(chunk) ? resolve() : this.out.once('drain', resolve)));
  }

  end(): Promise<void> {
    return new Promise(resolve => {
      if (this.format === 'geojson') this.out.write('\n]}\n', () => resolve());
      else resolve();
    });
  }
}
