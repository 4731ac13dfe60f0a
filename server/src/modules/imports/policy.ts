import { anyAdmin } from '../../core/policy';

/** Who imports: any admin; each row must then lie inside their scope (else it is a bad row). */
export const importPolicy = {
  run: anyAdmin('只有管理员可以导入'),
  template: anyAdmin('只有管理员可以下载导入模板'),
};
