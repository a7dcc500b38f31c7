import { addProtocol, type StyleSpecification } from 'maplibre-gl';
import { basemapAddress } from '../model/basemap-url.ts';
import { archiveStyle, type ArchiveInfo } from './archive-style.ts';

type Reader = typeof import('pmtiles') & { protocol: import('pmtiles').Protocol };
let reader: Promise<Reader> | null = null;

/** The PMTiles reader, loaded with the first archive (most users never give one) and registered with the map once. */
function pmtiles(): Promise<Reader> {
  reader ??= import('pmtiles').then((module) => {
    const protocol = new module.Protocol();
    addProtocol('pmtiles', protocol.tile);
    return { ...module, protocol };
  });
  return reader;
}

/**
 * The style for the PMTiles archive a basemap URL names, from its header and metadata. Rejects
 * with a message naming the problem when the archive cannot be read or holds tiles the map
 * cannot draw.
 */
export async function loadArchiveStyle(url: string): Promise<StyleSpecification> {
  const { PMTiles, TileType, protocol } = await pmtiles();
  const archive = new PMTiles(basemapAddress(url));
  // the map's tile requests then reuse the header and directories read here
  protocol.add(archive);
  const header = await archive.getHeader();
  const raster = [TileType.Png, TileType.Jpeg, TileType.Webp, TileType.Avif].includes(header.tileType);
  if (!raster && header.tileType !== TileType.Mvt) throw new Error(`the archive's tiles are of a kind the map cannot draw (PMTiles tile type ${header.tileType})`);
  const metadata = (await archive.getMetadata()) as { vector_layers?: Array<{ id?: unknown }>; attribution?: unknown } | null;
  const layers = (metadata?.vector_layers ?? []).map((layer) => layer.id).filter((id): id is string => typeof id === 'string');
  if (!raster && !layers.length) throw new Error('the archive lists no vector layers in its metadata');
  const info: ArchiveInfo = { kind: raster ? 'raster' : 'vector', layers, ...(typeof metadata?.attribution === 'string' ? { attribution: metadata.attribution } : {}) };
  return archiveStyle(url, info);
}
