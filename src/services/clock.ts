/**
 * The one real clock. Core never reads the time; services, use cases and
 * the pane take a `Clock` (core/model) and are given this one at the
 * composition roots, or a fake one in tests and the workbench.
 */
import type { Clock } from '../core/model';

export const systemClock: Clock = { now: () => new Date() };
