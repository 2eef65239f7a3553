import type { ComposeSnapshot } from '../../src/core/message';
import { AttachmentNotFound } from '../../src/taskpane/shell/ports';
import type { ComposePort } from '../../src/taskpane/shell/ports';
import { snapshot } from '../support/snapshot';

/** A message being written, in memory, behind the compose port. */
export class FakePort implements ComposePort {
  message: ComposeSnapshot;
  readonly writes: string[] = [];
  readonly removed: string[] = [];
  failWith: Error | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(over: Partial<ComposeSnapshot> = {}) {
    this.message = snapshot(over);
  }

  async snapshot(): Promise<ComposeSnapshot> {
    return this.message;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The user edits the message. */
  edit(over: Partial<ComposeSnapshot>): void {
    this.type(over);
    this.notify();
  }

  /** The user edits the message, and the host has not told of it yet (Outlook polls for typing). */
  type(over: Partial<ComposeSnapshot>): void {
    this.message = { ...this.message, ...over };
  }

  /** The host tells of a change. */
  notify(): void {
    for (const l of [...this.listeners]) l();
  }

  async getSubject(): Promise<string> {
    if (this.failWith) throw this.failWith;
    return this.message.subject;
  }

  async setSubject(subject: string): Promise<void> {
    if (this.failWith) throw this.failWith;
    this.writes.push(subject);
    this.message = { ...this.message, subject };
  }

  async removeAttachment(name: string): Promise<void> {
    if (this.failWith) throw this.failWith;
    if (!this.message.attachments.some((a) => a.name === name)) throw new AttachmentNotFound(name);
    this.removed.push(name);
    this.message = {
      ...this.message,
      attachments: this.message.attachments.filter((a) => a.name !== name),
    };
  }
}
