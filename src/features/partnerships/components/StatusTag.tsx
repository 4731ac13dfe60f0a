import { View } from '@tarojs/components';
import { CATEGORY_LABELS, STATUS_LABELS } from '../labels';
import type { ProjectCategory, ProjectStatus } from '../types';
import './StatusTag.scss';

export const StatusTag = ({ status }: { status: ProjectStatus }) => <View className={`partnership-tag partnership-tag--${status}`}>{STATUS_LABELS[status]}</View>;

export const CategoryTag = ({ category }: { category: ProjectCategory }) => <View className='partnership-tag partnership-tag--category'>{CATEGORY_LABELS[category]}</View>;
