/** Progress on stderr for long runs, only when a person is watching (a TTY). */
export class Progress {
  private readonly started = Date.now();
  private done = 0;
  private doneBytes = 0;
  private shown = false;
  private readonly enabled = process.stderr.isTTY === true;

  constructor(private readonly total: number, private readonly totalBytes: number) {}

  tick(bytes: number): void {
    this.done++;
    this.doneBytes += bytes;
    if (!this.enabled || Date.now() - this.started < 1000) return;
    const mb = (n: number) => (n / 1e6).toFixed(1);
    process.stderr.write(`\rgeoparse: ${this.done}/${this.total} articles, ${mb(this.doneBytes)}/${mb(this.totalBytes)} MB`);
    this.shown = true;
  }

  clear(): void {
    if (this.shown) process.stderr.write('\r\x1b[K');
    this.shown = false;
  }
}
