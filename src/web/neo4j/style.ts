// The GraSS stylesheet for Neo4j Browser: one colour, size and caption per label of docs/model.md and
// a caption per relationship type, so a query result reads like the model without any setup.

export interface NodeStyle {
  label: string;
  color: string;
  border: string;
  text: string;
  diameter: number;
  caption: string;
}

export interface RelStyle {
  type: string;
  color: string;
  width: number;
  caption: string;
}

// Roles are the heart of the graph, so the biggest circles; statements are small satellites.
export const NODE_STYLES: readonly NodeStyle[] = [
  { label: 'Role', color: '#2563EB', border: '#1D4ED8', text: '#FFFFFF', diameter: 80, caption: '{name}' },
  { label: 'Skill', color: '#10B981', border: '#047857', text: '#FFFFFF', diameter: 58, caption: '{name}' },
  { label: 'Tool', color: '#F59E0B', border: '#B45309', text: '#1F2937', diameter: 52, caption: '{name}' },
  { label: 'Practice', color: '#8B5CF6', border: '#6D28D9', text: '#FFFFFF', diameter: 58, caption: '{name}' },
  { label: 'Metric', color: '#EC4899', border: '#BE185D', text: '#FFFFFF', diameter: 48, caption: '{name}' },
  { label: 'Source', color: '#64748B', border: '#334155', text: '#FFFFFF', diameter: 44, caption: '{id}' },
  { label: 'Responsibility', color: '#0EA5E9', border: '#0369A1', text: '#FFFFFF', diameter: 36, caption: '{name}' },
  { label: 'Challenge', color: '#EF4444', border: '#B91C1C', text: '#FFFFFF', diameter: 36, caption: '{name}' },
  { label: 'Trend', color: '#14B8A6', border: '#0F766E', text: '#FFFFFF', diameter: 36, caption: '{name}' },
  { label: 'HiringCriterion', color: '#A3A3A3', border: '#525252', text: '#1F2937', diameter: 36, caption: '{name}' },
];

export const REL_STYLES: readonly RelStyle[] = [
  { type: 'REQUIRES_SKILL', color: '#10B981', width: 2, caption: 'importance {importance}' },
  { type: 'USES_TOOL', color: '#F59E0B', width: 1, caption: '<type>' },
  { type: 'CAN_MOVE_TO', color: '#2563EB', width: 3, caption: '{kind}' },
  { type: 'COLLABORATES_WITH', color: '#94A3B8', width: 1, caption: '<type>' },
  { type: 'REPORTS_TO', color: '#475569', width: 2, caption: '<type>' },
  { type: 'PRACTICES', color: '#8B5CF6', width: 1, caption: '<type>' },
  { type: 'MEASURED_BY', color: '#EC4899', width: 1, caption: '<type>' },
  { type: 'SUPPORTS', color: '#F59E0B', width: 1, caption: '<type>' },
  { type: 'IMPLEMENTS', color: '#8B5CF6', width: 1, caption: '<type>' },
  { type: 'PREREQUISITE_OF', color: '#047857', width: 2, caption: 'before' },
  { type: 'BROADER', color: '#A3A3A3', width: 1, caption: '<type>' },
  { type: 'RELATED_SKILL', color: '#A3A3A3', width: 1, caption: '<type>' },
  { type: 'MAPS_TO', color: '#A3A3A3', width: 1, caption: '{match}' },
  { type: 'STATED_IN', color: '#CBD5E1', width: 1, caption: '{section}' },
  { type: 'HAS_RESPONSIBILITY', color: '#0EA5E9', width: 1, caption: '<type>' },
  { type: 'FACES_CHALLENGE', color: '#EF4444', width: 1, caption: '<type>' },
  { type: 'FOLLOWS_TREND', color: '#14B8A6', width: 1, caption: '<type>' },
  { type: 'HAS_HIRING_CRITERION', color: '#A3A3A3', width: 1, caption: '<type>' },
];

function block(selector: string, props: Record<string, string>): string {
  const lines = Object.entries(props).map(([k, v]) => `  ${k}: ${v};`);
  return `${selector} {\n${lines.join('\n')}\n}\n`;
}

export function grassStylesheet(): string {
  // No comments: Neo4j Browser's GraSS parser does not understand them (nor ':' or ';' inside values).
  const parts = [
    block('node', {
      diameter: '50px',
      color: '#A5ABB6',
      'border-color': '#9AA1AC',
      'border-width': '2px',
      'text-color-internal': '#FFFFFF',
      'font-size': '10px',
    }),
    block('relationship', {
      color: '#A5ABB6',
      'shaft-width': '1px',
      'font-size': '8px',
      padding: '3px',
      'text-color-external': '#000000',
      'text-color-internal': '#FFFFFF',
      caption: "'<type>'",
    }),
    ...NODE_STYLES.map((s) =>
      block(`node.${s.label}`, {
        color: s.color,
        'border-color': s.border,
        'text-color-internal': s.text,
        diameter: `${s.diameter}px`,
        'font-size': s.diameter >= 70 ? '12px' : '10px',
        caption: `'${s.caption}'`,
      }),
    ),
    ...REL_STYLES.map((s) =>
      block(`relationship.${s.type}`, {
        color: s.color,
        'shaft-width': `${s.width}px`,
        caption: `'${s.caption}'`,
      }),
    ),
  ];
  return parts.join('\n');
}
