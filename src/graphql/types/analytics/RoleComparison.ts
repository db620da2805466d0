import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Bounded } from '../../bounds.js';
import { Metric } from '../Metric.js';
import { Practice } from '../Practice.js';
import { Role } from '../Role.js';
import { Skill } from '../Skill.js';
import { Tool } from '../Tool.js';

@ObjectType({ description: 'What one compared role has that none of the others has.' })
export class UniqueToRole {
  @Field(() => ID, { description: 'Deterministic id: the comparison\'s id and the role\'s.' })
  id!: string;

  @Field(() => Role, { description: 'The role.' })
  role!: Role;

  @Bounded('skillsPerRole')
  @Field(() => [Skill], { description: 'Skills only this role requires.' })
  skills!: Skill[];

  @Bounded('toolsPerRole')
  @Field(() => [Tool], { description: 'Tools only this role uses.' })
  tools!: Tool[];

  @Bounded('practicesPerRole')
  @Field(() => [Practice], { description: 'Practices only this role follows.' })
  practices!: Practice[];

  @Bounded('metricsPerRole')
  @Field(() => [Metric], { description: 'Metrics only this role is measured by.' })
  metrics!: Metric[];

  @Bounded('collaboratorsPerRole')
  @Field(() => [Role], { description: 'Roles only this role collaborates with.' })
  collaborators!: Role[];
}

@ObjectType({ description: 'Two to five roles side by side: what all share, what is unique to each, and how similar they are.' })
export class RoleComparison {
  @Field(() => ID, { description: 'Deterministic id from the compared role ids in the order asked (the order of roles and unique follows it): the same question gives the same id.' })
  id!: string;

  @Bounded(5)
  @Field(() => [Role], { description: 'The compared roles, in the order asked.' })
  roles!: Role[];

  @Bounded('skillsPerRole')
  @Field(() => [Skill], { description: 'Skills every role requires, strongest first (by the smallest importance among the roles, then the summed importance).' })
  sharedSkills!: Skill[];

  @Bounded('toolsPerRole')
  @Field(() => [Tool], { description: 'Tools every role uses.' })
  sharedTools!: Tool[];

  @Bounded('practicesPerRole')
  @Field(() => [Practice], { description: 'Practices every role follows.' })
  sharedPractices!: Practice[];

  @Bounded('metricsPerRole')
  @Field(() => [Metric], { description: 'Metrics every role is measured by.' })
  sharedMetrics!: Metric[];

  @Bounded('collaboratorsPerRole')
  @Field(() => [Role], { description: 'Roles every compared role collaborates with.' })
  sharedCollaborators!: Role[];

  @Bounded(5)
  @Field(() => [UniqueToRole], { description: 'Per role, in the order asked: what no other compared role has.' })
  unique!: UniqueToRole[];

  @Field(() => Float, { description: '|A∩B| / |A∪B| over the sets of required skills; for more than two roles the mean over all pairs.' })
  jaccard!: number;

  @Field(() => Float, { description: 'Weighted Jaccard Σmin(importance) / Σmax(importance) over required skills, in [0, 1]; for more than two roles the mean over all pairs.' })
  weightedSimilarity!: number;

  @Field(() => String, { description: 'One sentence from the data: "A and B share N of M skills (P%), among them X, Y and Z."' })
  summary!: string;
}
