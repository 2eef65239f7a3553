/**
 * Single-value extended property ids, as Graph spells them:
 *
 *   "String {66f5a359-4659-4830-9070-00047ec6ac6e} Name Color"   named, in a property set
 *   "Integer {…guid…} Id 0x8502"                                  numbered, in a property set
 *   "String 0x0E1D"                                               a MAPI tag
 *
 * Two spellings of one property are the same property: the type and the
 * GUID compare without case, the name with case (Graph: "Filtering the
 * string name (Name) in the id of an extended property is case-sensitive").
 */
import { GraphError } from './errors';

const TYPES = [
  'ApplicationTime',
  'Binary',
  'Boolean',
  'CLSID',
  'Currency',
  'Double',
  'Float',
  'Integer',
  'Long',
  'Object',
  'Short',
  'String',
  'SystemTime',
] as const;
type PropType = (typeof TYPES)[number];

const TYPE_BY_LOWER = new Map<string, PropType>(TYPES.map((t) => [t.toLowerCase(), t]));

const NAMED =
  /^(\w+) \{([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\} (Name|Id) (.+)$/;
const TAGGED = /^(\w+) (0x[0-9a-fA-F]{1,4})$/;

export interface PropertyId {
  /** Graph's spelling, lower-case GUID: `String {…} Name Color`. */
  readonly id: string;
  /** The key two spellings of one property share. */
  readonly key: string;
  readonly type: PropType;
}

/** Ids already read (the same few ids are compared for every message a `$filter` or `$expand` looks at). */
const CANONICAL = new Map<string, PropertyId | null>();
const CANONICAL_MAX = 4096;

export function canonicalPropertyId(raw: string): PropertyId | null {
  const known = CANONICAL.get(raw);
  if (known !== undefined) return known;
  const read = readPropertyId(raw);
  if (CANONICAL.size >= CANONICAL_MAX) CANONICAL.clear();
  CANONICAL.set(raw, read);
  return read;
}

function readPropertyId(raw: string): PropertyId | null {
  const text = raw.trim().replace(/\s+/g, ' ');
  const named = NAMED.exec(text);
  if (named) {
    const type = TYPE_BY_LOWER.get((named[1] as string).toLowerCase());
    if (!type) return null;
    const guid = (named[2] as string).toLowerCase();
    const kind = (named[3] as string).toLowerCase() === 'name' ? 'Name' : 'Id';
    let name = named[4] as string;
    if (kind === 'Id') {
      if (!/^0x[0-9a-fA-F]{1,4}$/.test(name)) return null;
      name = `0x${name.slice(2).toLowerCase()}`;
    }
    const id = `${type} {${guid}} ${kind} ${name}`;
    return { id, key: `${type.toLowerCase()} {${guid}} ${kind.toLowerCase()} ${name}`, type };
  }
  const tagged = TAGGED.exec(text);
  if (tagged) {
    const type = TYPE_BY_LOWER.get((tagged[1] as string).toLowerCase());
    if (!type) return null;
    const tag = `0x${(tagged[2] as string).slice(2).toLowerCase()}`;
    return { id: `${type} ${tag}`, key: `${type.toLowerCase()} ${tag}`, type };
  }
  return null;
}

export interface ExtendedProperty {
  readonly id: string;
  readonly value: string;
}

/** Check one `{ id, value }` of a request body; Graph's property values are strings. */
export function readExtendedProperty(raw: unknown): { key: string; prop: ExtendedProperty } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new GraphError(
      400,
      'RequestBodyRead',
      'An item of singleValueExtendedProperties must be an object with id and value.',
    );
  }
  const { id, value } = raw as { id?: unknown; value?: unknown };
  for (const k of Object.keys(raw)) {
    if (k !== 'id' && k !== 'value' && !k.startsWith('@odata.')) {
      throw new GraphError(
        400,
        'RequestBodyRead',
        `The property '${k}' does not exist on type 'microsoft.graph.singleValueLegacyExtendedProperty'.`,
      );
    }
  }
  const pid = typeof id === 'string' ? canonicalPropertyId(id) : null;
  if (!pid) {
    throw new GraphError(
      400,
      'ErrorInvalidExtendedProperty',
      `The extended property attribute combination is invalid: '${String(id)}'.`,
    );
  }
  if (typeof value !== 'string') {
    throw new GraphError(
      400,
      'RequestBodyRead',
      `Cannot convert the literal '${JSON.stringify(value)}' to the expected type 'Edm.String'.`,
    );
  }
  const bad = (): GraphError =>
    new GraphError(
      400,
      'ErrorInvalidExtendedPropertyValue',
      `The value '${value}' is not valid for an extended property of type ${pid.type}.`,
    );
  switch (pid.type) {
    case 'Integer':
    case 'Short':
    case 'Long':
      if (!/^-?\d+$/.test(value)) throw bad();
      break;
    case 'Double':
    case 'Float':
    case 'Currency':
      if (value.trim() === '' || Number.isNaN(Number(value))) throw bad();
      break;
    case 'Boolean':
      if (!/^(true|false)$/i.test(value)) throw bad();
      break;
    case 'SystemTime':
    case 'ApplicationTime':
      if (Number.isNaN(Date.parse(value))) throw bad();
      break;
    default:
      break;
  }
  return { key: pid.key, prop: { id: pid.id, value } };
}
