// Relay connections for the list queries: one generic shape, one concrete type per node type
// (the pattern of type-graphql's examples/generic-types).
import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { PageInfo } from './PageInfo.js';
import { Practice } from './Practice.js';
import { Role } from './Role.js';
import { Skill } from './Skill.js';
import { Tool } from './Tool.js';

function Connection<T extends object>(NodeClass: ClassType<T>, plural: string) {
  @ObjectType(`${NodeClass.name}Edge`, { description: `One ${NodeClass.name.toLowerCase()} in a page, with its cursor.` })
  class Edge {
    @Field(() => String, { description: 'Opaque position of this node; pass it as `after` to continue after it.' })
    cursor!: string;

    @Field(() => NodeClass, { description: `The ${NodeClass.name.toLowerCase()}.` })
    node!: T;
  }

  @ObjectType()
  abstract class ConnectionClass {
    @Field(() => [Edge], { description: `The ${plural} of this page, in name order (then id).` })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Where this page ends and whether more follow.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: `How many ${plural} match the filters, over all pages.` })
    totalCount!: number;
  }
  return ConnectionClass;
}

@ObjectType({ description: 'A page of roles.' })
export class RoleConnection extends Connection(Role, 'roles') {}

@ObjectType({ description: 'A page of skills.' })
export class SkillConnection extends Connection(Skill, 'skills') {}

@ObjectType({ description: 'A page of tools.' })
export class ToolConnection extends Connection(Tool, 'tools') {}

@ObjectType({ description: 'A page of practices.' })
export class PracticeConnection extends Connection(Practice, 'practices') {}
