import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../db/base.entity';

/**
 * Study material (流动党校) for the members of an organisation's subtree: text with images, video
 * links and attachments (stored files). Studying it once earns `points`.
 */
@Entity('courses')
@Index(['organizationId'])
export class Course extends BaseEntity {
  @Column({ type: 'integer' })
  organizationId: number;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'simple-json' })
  imageIds: number[];

  @Column({ type: 'simple-json' })
  videoUrls: string[];

  @Column({ type: 'simple-json' })
  attachmentIds: number[];

  @Column({ type: 'integer' })
  points: number;

  @Column({ type: 'integer' })
  createdById: number;
}

/** A member studied a course: one row per (course, member), which is what makes it once. */
@Entity('course_completions')
@Index(['courseId', 'memberId'], { unique: true })
@Index(['memberId'])
export class CourseCompletion extends BaseEntity {
  @Column({ type: 'integer' })
  courseId: number;

  /** The roll entry (`party_members`), so per-organisation figures follow the roll. */
  @Column({ type: 'integer' })
  memberId: number;

  @Column({ type: 'integer' })
  userId: number;
}
