import type { Dataset, DatasetFile } from '../model/dataset.ts';
import { staticFileUrl, STATIC_FILES } from '../map/static-files.ts';
import { syntheticDataset } from './synthetic.ts';

/** The articles the explorer opens with: the seeds, or with ?synthetic=N a made-up corpus for benchmarks. */
export async function loadInitialDataset(search: string): Promise<Dataset> {
  const synthetic = Number(new URLSearchParams(search).get('synthetic'));
  if (Number.isInteger(synthetic) && synthetic > 0 && synthetic <= 1_000_000) {
    return syntheticDataset(synthetic, Math.max(1, Math.round(synthetic / 10)));
  }
  const response = await fetch(staticFileUrl(STATIC_FILES.seeds));
  if (!response.ok) throw new Error(`the seed articles could not be loaded (${response.status})`);
  const file = (await response.json()) as DatasetFile;
  return { articles: file.articles, mentions: file.mentions.features, placeNames: file.placeNames };
}
