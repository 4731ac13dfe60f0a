/** The slice of @koa/multer (multer 2 with promise-returning Koa middleware) this module uses; it ships no types. */
declare module '@koa/multer' {
  import type Koa from 'koa';
  interface UploadedFile {
    fieldname: string;
    originalname: string;
    mimetype: string;
    size: number;
    buffer: Buffer;
  }
  interface Multer {
    single(field: string): (ctx: Koa.Context, next: () => Promise<unknown>) => Promise<unknown>;
  }
  interface Options {
    storage: unknown;
    limits?: { fileSize?: number; files?: number; fields?: number; parts?: number };
    defParamCharset?: string;
  }
  function multer(options: Options): Multer;
  namespace multer {
    function memoryStorage(): unknown;
    export type File = UploadedFile;
  }
  export = multer;
}
