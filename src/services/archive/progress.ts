/** A filing's progress in bytes across its documents, told to whoever watches. */
import type { FilingProgress } from '../../core/ports';

/** Bytes sent of all a filing's files, told to whoever watches. */
export class Progress {
  private uploaded = 0;

  constructor(
    private readonly total: number,
    private readonly onProgress?: (p: FilingProgress) => void,
  ) {}

  get bytes(): number {
    return this.uploaded;
  }

  /** Now `bytes` are sent (fewer again when an upload starts over); tells the documents step. */
  at(bytes: number): void {
    this.uploaded = bytes;
    this.report('documents');
  }

  /** Back to `bytes` sent, told with the next step. */
  reset(bytes: number): void {
    this.uploaded = bytes;
  }

  report(step: FilingProgress['step']): void {
    this.onProgress?.({
      step,
      bytes: Math.max(0, Math.min(this.uploaded, this.total)),
      totalBytes: this.total,
    });
  }
}
