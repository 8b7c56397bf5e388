import type { FileHandle } from 'node:fs/promises';

/** Where a zip's bytes go, in order. */
export interface ByteSink {
  /** Bytes accepted so far. */
  readonly position: number;
  /** Accepts chunk; the caller must not change it afterwards. Resolves when more may be written. */
  write(chunk: Buffer): Promise<void>;
  /** Leaves the next bytes to a writer of its own (the media copying thread); returns where they start. */
  reserve(bytes: number): number;
}

export interface FileSinkOptions {
  /** Bound on the bytes accepted but not yet written. */
  maxInFlightBytes?: number;
  /**
   * Starts a datasync in the background each time this many bytes have been written since the last
   * one began (0: never), so the disk writes the file while the rest is made and the closing sync
   * waits for the last stretch only, not for the whole file's dirty pages.
   */
  syncEveryBytes?: number;
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
  private readonly maxInFlightBytes: number;
  private readonly syncEveryBytes: number;
  private writtenSinceSync = 0;
  private syncing = false;

  constructor(
    private readonly handle: FileHandle,
    { maxInFlightBytes = 8 * 1024 * 1024, syncEveryBytes = 0 }: FileSinkOptions = {},
  ) {
    this.maxInFlightBytes = maxInFlightBytes;
    this.syncEveryBytes = syncEveryBytes;
  }

  async write(chunk: Buffer): Promise<void> {
    if (this.failure) throw this.failure;
    const at = this.position;
    this.position += chunk.length;
    this.inFlightBytes += chunk.length;
    this.track(
      this.writeFully(chunk, at).finally(() => {
        this.inFlightBytes -= chunk.length;
        this.writtenSinceSync += chunk.length;
        this.startSyncIfDue();
      }),
    );
    this.startSyncIfDue();
    while (this.inFlightBytes > this.maxInFlightBytes) await Promise.race(this.inFlight);
    if (this.failure) throw this.failure;
  }

  reserve(bytes: number): number {
    const at = this.position;
    this.position += bytes;
    return at;
  }

  /** Waits for every write and background sync; throws the first error. */
  async flush(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all(this.inFlight);
    if (this.failure) throw this.failure;
  }

  private track(work: Promise<void>): void {
    const pending: Promise<void> = work
      .catch((error: unknown) => {
        this.failure ??= error;
      })
      .finally(() => this.inFlight.delete(pending));
    this.inFlight.add(pending);
  }

  private startSyncIfDue(): void {
    if (this.syncEveryBytes <= 0 || this.syncing || this.writtenSinceSync < this.syncEveryBytes) return;
    this.syncing = true;
    this.writtenSinceSync = 0;
    this.track(this.handle.datasync().finally(() => (this.syncing = false)));
  }

  private async writeFully(chunk: Buffer, at: number): Promise<void> {
    let done = 0;
    while (done < chunk.length) {
      const { bytesWritten } = await this.handle.write(chunk, done, chunk.length - done, at + done);
      done += bytesWritten;
    }
  }
}
