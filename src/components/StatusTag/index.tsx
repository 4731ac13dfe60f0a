import { View } from '@tarojs/components';
import './index.scss';

/** What the colour says: done or good, waiting, refused or missing, under way, nothing to say, a category, mine. */
export type Tone = 'success' | 'warning' | 'danger' | 'info' | 'neutral' | 'brand' | 'strong';

/** A short status or category word on a coloured ground; features map their states to a tone. */
export default function StatusTag({ tone, label }: { tone: Tone; label: string }) {
  return <View className={`status-tag status-tag--${tone}`}>{label}</View>;
}
