import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../db/base.entity';

/**
 * An uploaded file (photo or scanned PDF). The bytes live in the storage directory under their
 * SHA-256; the unique index on `sha256` is what stores the same content only once.
 */
@Entity('files')
export class StoredFile extends BaseEntity {
  @Column({ type: 'varchar', length: 64, unique: true })
  sha256: string;

  @Column({ type: 'varchar', length: 40 })
  contentType: string;

  @Column({ type: 'integer' })
  size: number;

  /** The name the first uploader gave it; shown to readers, never used to find the bytes. */
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'integer' })
  uploadedById: number;
}

/**
 * Each user who uploaded a file, also when the bytes were stored before: what a resident may attach
 * to their own letter is what they uploaded themselves, never another's file found by its id.
 */
@Entity('file_uploads')
@Index(['fileId', 'userId'], { unique: true })
export class FileUpload extends BaseEntity {
  @Column({ type: 'integer' })
  fileId: number;

  @Column({ type: 'integer' })
  userId: number;
}
