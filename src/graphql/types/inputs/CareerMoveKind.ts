import { registerEnumType } from 'type-graphql';

/** Stored lower-case on CAN_MOVE_TO.kind (docs/model.md). */
export enum CareerMoveKind {
  GROWTH = 'growth',
  LATERAL = 'lateral',
  SPECIALIZATION = 'specialization',
  RELATED = 'related',
}
registerEnumType(CareerMoveKind, { name: 'CareerMoveKind', description: 'The kind of a career move: growth (a step up), lateral, specialization or related.' });
