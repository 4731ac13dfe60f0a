import { Image, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { formatDate } from '../../../lib/format';
import { STATUS_LABELS } from '../labels';
import type { ProjectProgress } from '../types';
import './Timeline.scss';

/** A project's progress, oldest first; entries that moved the project on carry the new status. */
export default function Timeline({ entries }: { entries: ProjectProgress[] }) {
  return (
    <View className='timeline'>
      {entries.map((e) => (
        <View key={e.id} className='timeline__entry'>
          <View className={e.status ? 'timeline__dot timeline__dot--status' : 'timeline__dot'} />
          <View className='timeline__date'>
            {formatDate(e.happenedAt)}
            {e.status && ` · ${STATUS_LABELS[e.status]}`}
          </View>
          <View className='timeline__note'>{e.note}</View>
          {e.photoUrls.length > 0 && (
            <View className='timeline__photos'>
              {e.photoUrls.map((url) => (
                <Image key={url} className='timeline__photo' src={url} mode='aspectFill' onClick={() => void Taro.previewImage({ urls: e.photoUrls, current: url })} />
              ))}
            </View>
          )}
        </View>
      ))}
    </View>
  );
}
