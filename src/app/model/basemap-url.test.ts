import { describe, expect, it } from 'vitest';
import { archiveSourceUrl, basemapAddress, basemapHost, isArchiveUrl } from './basemap-url.ts';

describe('basemap URLs', () => {
  it('tells a PMTiles archive from a style', () => {
    expect(isArchiveUrl('pmtiles://https://tiles.example.org/world.pmtiles')).toBe(true);
    expect(isArchiveUrl('https://tiles.example.org/world.PMTiles')).toBe(true);
    expect(isArchiveUrl('https://tiles.example.org/style.json')).toBe(false);
    expect(isArchiveUrl('https://tiles.example.org/style.json?file=world.pmtiles')).toBe(false);
  });

  it("names the archive's own address, and the server the user is asked about", () => {
    expect(basemapAddress('pmtiles://https://tiles.example.org/world.pmtiles')).toBe('https://tiles.example.org/world.pmtiles');
    expect(basemapAddress('https://tiles.example.org/style.json')).toBe('https://tiles.example.org/style.json');
    expect(basemapHost('pmtiles://https://tiles.example.org:8443/world.pmtiles')).toBe('tiles.example.org:8443');
    expect(basemapHost('https://maps.example.com/style.json')).toBe('maps.example.com');
  });

  it('reads a plain .pmtiles URL through the PMTiles protocol', () => {
    expect(archiveSourceUrl('https://x.org/a.pmtiles')).toBe('pmtiles://https://x.org/a.pmtiles');
    expect(archiveSourceUrl('pmtiles://https://x.org/a.pmtiles')).toBe('pmtiles://https://x.org/a.pmtiles');
  });
});
