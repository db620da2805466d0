// What every curation upsert takes: the node's id, name and (optionally) aliases, then the fields of its
// kind. Omitted optional fields keep their stored values; null clears them.
import { inputType, type FieldSpec } from '../define.js';

export interface NodeInput {
  id: string;
  name: string;
  aliases?: string[] | null;
}

const NODE_FIELDS: Record<keyof NodeInput, FieldSpec> = {
  id: { type: 'ID', description: 'Slug id (lower-case letters, digits and "-", at most 80 characters), e.g. "platform-engineer". An existing id updates that node.' },
  name: { type: 'String', description: 'Canonical name (at most 120 characters).' },
  aliases: { type: '[String]', nullable: true, description: 'Other names (at most 30, each at most 120 characters). Omit to keep the stored ones; [] clears them.' },
};

/** The input of one upsert mutation: the node fields, then `own` (all optional text). */
export function upsertInput<T extends NodeInput>(name: string, description: string, own: Record<string, string>) {
  const fields = Object.fromEntries(Object.entries(own).map(([field, text]) => [field, { type: 'String', nullable: true, description: text } satisfies FieldSpec]));
  return inputType<T>(name, description, { ...NODE_FIELDS, ...fields });
}
