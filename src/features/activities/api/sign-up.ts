import Taro from '@tarojs/taro';
import { request } from '../../../lib/api-client';
import type { Signup } from '../types';

export const signUp = (activityId: number, subscribe: boolean) =>
  request<Signup>({ method: 'POST', path: `/api/activities/${activityId}/signups`, body: { subscribe } });

/**
 * Asks WeChat whether the user allows the reminder before the activity starts. Must run straight
 * from the tap (WeChat refuses it otherwise), so it comes before the sign-up request. H5 has no
 * subscribe messages: no reminder.
 */
export async function askForReminder(templateIds: string[]): Promise<boolean> {
  if (process.env.TARO_ENV !== 'weapp' || templateIds.length === 0) return false;
  try {
    // Taro's type wants Alipay's entityIds too; WeChat takes tmplIds only.
    const res = (await Taro.requestSubscribeMessage({ tmplIds: templateIds } as unknown as Taro.requestSubscribeMessage.Option)) as unknown as Record<string, string>;
    return templateIds.some((id) => res[id] === 'accept');
  } catch {
    // Refused, or subscriptions switched off in settings: sign up without a reminder.
    return false;
  }
}
