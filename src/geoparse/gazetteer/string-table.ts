/**
 * Every string of a gazetteer (ids, names, folded words) in one JS string, cut out by offsets only
 * when asked for: loading makes one string instead of hundreds of thousands.
 */
export class StringTable {
  constructor(
    private readonly text: string,
    /** UTF-16 offset of each string in `text`, and the end of the last. */
    private readonly starts: Uint32Array,
  ) {}

  get(id: number): string {
    return this.text.slice(this.starts[id]!, this.starts[id + 1]!);
  }

  /** Whether string `id` is `s`, without cutting it out: the name index compares every word it looks up. */
  equals(id: number, s: string): boolean {
    const start = this.starts[id]!;
    if (this.starts[id + 1]! - start !== s.length) return false;
    for (let i = 0; i < s.length; i++) if (this.text.charCodeAt(start + i) !== s.charCodeAt(i)) return false;
    return true;
  }
}

/** Collects strings, each once, in the order first given. */
export class StringTableBuilder {
  private readonly ids = new Map<string, number>();

  id(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) this.ids.set(s, (id = this.ids.size));
    return id;
  }

  build(): { text: string; starts: Uint32Array } {
    const strings = [...this.ids.keys()];
    const starts = new Uint32Array(strings.length + 1);
    strings.forEach((s, i) => (starts[i + 1] = starts[i]! + s.length));
    return { text: strings.join(''), starts };
  }
}
