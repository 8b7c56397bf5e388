import type { FileHandle } from 'node:fs/promises';

/** Where a zip's bytes go, in order. */
export interface ByteSink {
  /** Bytes accepted so far. */
  readonly position: number;
  /** Accepts chunk; the caller must not change it afterwards. Resolves when more may be written. */
  write(chunk: Buffer): Promise<void>;
}

/**
 * Writes to an open file at increasing offsets with a few writes in flight, so that reading the
 * next media chunk overlaps writing the previous one; memory stays bounded by maxInFlightBytes.
 */
export class FileSink implements ByteSink {
  position = 0;
  private inFlight = new Set<Promise<void>>();
  private inFlightBytes = 0;
  private failure: unknown = null;

  constructor(
    private readonly handle: FileHandle,
    private readonly maxInFlightBytes = 8 * 1024 * 1024,
  ) {}

  async write(chunk: Buffer): Promise<void> {
    if (this.failure) throw this.failure;
    const at = this.position;
    this.position += chunk.length;
    this.inFlightBytes += chunk.length;
    const pending: Promise<void> = this.writeFully(chunk, at)
      .catch((error: unknown) => {
        this.failure ??= error;
      })
      .finally(() => {
        this.inFlight.delete(pending);
        this.inFlightBytes -= chunk.length;
      });
    this.inFlight.add(pending);
    while (this.inFlightBytes > this.maxInFlightBytes) await Promise.race(this.inFlight);
    if (this.failure) throw this.failure;
  }

  /** Waits for every write; throws the first write error. */
  async flush(): Promise<void> {
    await Promise.all(this.inFlight);
    if (this.failure) throw this.failure;
  }

  private async writeFully(chunk: Buffer, at: number): Promise<void> {
    let done = 0;
    while (done < chunk.length) {
      const { bytesWritten } = await this.handle.write(chunk, done, chunk.length - done, at + done);
      done += bytesWritten;
    }
  }
}
