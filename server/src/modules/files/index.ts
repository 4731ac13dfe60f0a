import type { AppModule } from '../module';
import { FileUpload, StoredFile } from './entities';
import { Files1764000001100 } from './migrations/1764000001100-files';
import { FileUploads1764000006100 } from './migrations/1764000006100-file-uploads';
import { fileRoutes } from './routes';

/** What other modules may use (they import this file, never the module's other files). */
export { StoredFile, type PresentedFile } from './present';
export { assertFilesExist, fileUrls, getFiles, ownImages } from './service';
export { readUpload } from './routes';

export const filesModule: AppModule = {
  name: 'files',
  entities: [StoredFile, FileUpload],
  migrations: [Files1764000001100, FileUploads1764000006100],
  routes: fileRoutes,
};
