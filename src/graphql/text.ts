// Arguments that carry a person's text (extractSkills, matchRoles(profileText:), skillGap(fromText:)):
// bounded in length, priced by it, and never written to a log (the request log records variable names only).
import { badInput } from './errors.js';
import { requestLimits } from './pagination.js';

export function checkText(argument: string, text: string, ctx: object): string {
  if (text.trim() === '') throw badInput(argument, 'must not be empty');
  const max = requestLimits(ctx).maxTextChars;
  if (text.length > max) throw badInput(argument, `must be at most ${max} characters, got ${text.length}`);
  return text;
}

/** What reading a text costs in the complexity budget: 10 per 1,000 characters (its clauses are embedded). */
export function textCost(text: unknown): number {
  return typeof text === 'string' ? 1 + 10 * Math.ceil(text.length / 1_000) : 1;
}
