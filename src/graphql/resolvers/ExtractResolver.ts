// Skills from a person's own words: extractSkills over a CV or a job ad (src/extract, through the
// analytics service so the concepts are the engine's). The text is never logged nor stored.
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import type { Context } from '../context.js';
import { checkFirst } from '../errors.js';
import { textKey, valueId } from '../ids.js';
import { requestLimits } from '../pagination.js';
import { checkText, textCost } from '../text.js';
import { ofType } from '../types/define.js';
import { ExtractedSkill, MatchedBy } from '../types/extract/ExtractedSkill.js';

const LABEL = { skill: 'Skill', tool: 'Tool', practice: 'Practice' } as const;
const DEFAULT_SKILLS = 50;

const extractCost: ComplexityEstimator = ({ args, childComplexity }) =>
  textCost(args.text) + (typeof args.first === 'number' ? args.first : DEFAULT_SKILLS) * Math.max(1, childComplexity);

const nodeOf = (kind: string, id: string, name: string) => ofType({ id, name }, LABEL[kind as keyof typeof LABEL] ?? 'Skill');

@Resolver()
export class ExtractResolver {
  @Query(() => [ExtractedSkill], {
    nullable: true,
    complexity: extractCost,
    description: 'Every skill, tool and practice a text (a CV, a job ad, a profile) names, one per concept across sources, most mentioned first: phrase matching over every label and alias, then the meaning of its clauses. Negated and boilerplate sentences ("no PHP", "equal opportunity employer") are left out. The text is neither logged nor stored.',
  })
  async extractSkills(
    @Ctx() ctx: Context,
    @Arg('text', () => String, { description: 'The text, at most ROLEGRAPH_MAX_TEXT_CHARS characters (20,000 unless configured).' }) text: string,
    @Arg('first', () => Int, { nullable: true, description: 'How many (default 50).' }) first?: number | null,
  ): Promise<ExtractedSkill[]> {
    checkText('text', text, ctx);
    const n = checkFirst(first, { fallback: DEFAULT_SKILLS, max: requestLimits(ctx).maxFirst });
    const found = await ctx.analytics.extractSkills(text);
    const key = textKey(text);
    return found.slice(0, n).map((e) => ({
      id: valueId('ExtractedSkill', key, e.node.id),
      node: nodeOf(e.node.kind, e.node.id, e.node.name),
      matchedBy: e.by as MatchedBy,
      confidence: e.confidence,
      mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
      sameAs: e.sameAs.map((m) => nodeOf(m.kind, m.id, m.name)),
    }));
  }
}
