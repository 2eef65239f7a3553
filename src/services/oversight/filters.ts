/**
 * `$filter`s on Arkivpost's shared state, as Graph evaluates them on the
 * server: an extended property by id and value, or a category by name.
 * `singleValueExtendedProperties/Any(ep: ep/id eq '…' and ep/value eq '…')`
 * is the only form Graph accepts for extended properties (the id must be
 * constrained); values are OData string literals.
 */
import type { PropertyKey, Status } from '../../core/state';
import { propertyId } from '../../core/state';
import { odataString } from '../odata';

/** Messages whose Arkivpost property `key` has exactly `value`. */
export function propertyFilter(key: PropertyKey, value: string): string {
  return `singleValueExtendedProperties/Any(ep: ep/id eq ${odataString(propertyId(key))} and ep/value eq ${odataString(value)})`;
}

/** Messages in a status (a message nobody touched has no status property: not matched). */
export function statusFilter(status: Status): string {
  return propertyFilter('status', status);
}

/** Messages that carry a category (Outlook's name, exactly). */
export function categoryFilter(name: string): string {
  return `categories/any(c:c eq ${odataString(name)})`;
}
