import Taro from '@tarojs/taro';
import { Image, View } from '@tarojs/components';
import { API_BASE } from '../../../lib/http';
import type { PublicLetter } from '../api';

/** A letter's photos as thumbnails; a tap opens them full size. */
export default function LetterPhotos({ photos }: { photos: PublicLetter['photos'] }) {
  if (!photos.length) return null;
  const urls = photos.map((p) => API_BASE + p.url);
  return (
    <View className='letter-photos'>
      {urls.map((url, i) => (
        <Image key={url} className='letter-photos__image' mode='aspectFill' src={url} ariaLabel={`来信照片 ${i + 1}`} onClick={() => void Taro.previewImage({ urls, current: url })} />
      ))}
    </View>
  );
}
