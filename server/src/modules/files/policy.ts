import { anyAdmin } from '../../core/policy';

/** Only admins attach files (to what they publish); residents have nothing to upload yet. Reading follows what the file is attached to. */
export const filePolicy = {
  upload: anyAdmin('只有管理员可以上传附件'),
};
