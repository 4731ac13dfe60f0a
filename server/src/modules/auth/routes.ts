import { z } from 'zod';
import { NotFound } from '../../errors';
import { route } from '../../http/route';
import { DevLogins, Login } from './present';
import { loginWithWechat } from './service';

const LoginBody = z.object({ code: z.string().trim().min(1).max(128) });

/** Demo users of API.md; the H5 build offers them as a login picker in dev mode only. */
const DEV_LOGINS = [
  { code: 'demo_admin', label: '区级管理员' },
  { code: 'demo_street_admin', label: '城阳街道管理员' },
  { code: 'demo_community_admin', label: '城阳村社区管理员' },
  { code: 'demo_member', label: '党员（城阳村社区）' },
  { code: 'demo_merchant', label: '商户（北曲商圈）' },
];

export const authRoutes = [
  route({
    method: 'post', path: '/auth/wechat', access: 'public', response: Login, summary: 'Exchange a wx.login() code for a token', body: LoginBody,
    handler: async ({ deps, body, koa }) => {
      await deps.limits.consume('login', koa.ip); // each login may create a user and costs a WeChat call
      return loginWithWechat(deps, body.code);
    },
  }),
  route({
    method: 'get', path: '/auth/dev-logins', access: 'public', response: DevLogins, summary: 'Demo logins offered by the H5 build (dev mode only)',
    handler: ({ deps }) => {
      if (!deps.config.devMode) throw new NotFound('接口');
      return { items: DEV_LOGINS };
    },
  }),
];
