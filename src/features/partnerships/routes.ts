import Taro from '@tarojs/taro';
import { toQueryString } from '../../lib/http';
import type { Drill } from './types';

const ROOT = '/packages/partnership/pages';

/** The partnership subpackage's pages (app.config.ts registers the same list). */
export const PARTNERSHIP_PAGES = {
  pairs: `${ROOT}/index`,
  pair: `${ROOT}/pair`,
  project: `${ROOT}/project`,
  dashboard: `${ROOT}/dashboard`,
  drill: `${ROOT}/drill`,
  newPair: `${ROOT}/new-pair`,
  newListItem: `${ROOT}/new-list-item`,
  newProject: `${ROOT}/new-project`,
  moveProject: `${ROOT}/move-project`,
} as const;

export const openPage = (page: keyof typeof PARTNERSHIP_PAGES, query: Record<string, string | number | undefined> = {}) =>
  void Taro.navigateTo({ url: `${PARTNERSHIP_PAGES[page]}${toQueryString(query)}` });

export const openDrill = (drill: Drill, title: string) => openPage('drill', { ...drill, title });
