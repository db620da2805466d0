// What the reads return, typed per label at the store boundary: the stored properties of each kind of
// node (docs/model.md). Any of them may be missing from a record that was read with a lean projection.
import type { NodeLabel, Origin } from '../../model.js';

interface Stored {
  id: string;
  name: string;
  aliases?: string[];
  origin?: Origin;
  /** Source ids. */
  sources?: string[];
  description?: string | null;
}

export interface RoleRecord extends Stored {
  summary?: string | null;
  primaryFocus?: string | null;
  primaryUser?: string | null;
  impactArea?: string | null;
  perspective?: string | null;
  roleKind?: string | null;
  iscoGroup?: string | null;
  jobZone?: number | null;
  code?: string | null;
  datasetVersion?: string | null;
}

export interface SkillRecord extends Stored {
  skillType?: string | null;
  category?: string | null;
}

export interface ToolRecord extends Stored {
  kind?: string | null;
  hot?: boolean | null;
  inDemand?: boolean | null;
}

export type PracticeRecord = Stored;
export type MetricRecord = Stored;

export interface SourceRecord extends Stored {
  title?: string | null;
  publisher?: string | null;
  author?: string | null;
  date?: string | null;
  url?: string | null;
  kind?: string | null;
  license?: string | null;
  attribution?: string | null;
}

export interface NodeRecords {
  Role: RoleRecord;
  Skill: SkillRecord;
  Tool: ToolRecord;
  Practice: PracticeRecord;
  Metric: MetricRecord;
  Source: SourceRecord;
}

export type NodeRecordOf<L extends NodeLabel> = NodeRecords[L];
export type NodeRecord = NodeRecords[NodeLabel];
