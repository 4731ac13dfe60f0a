import { Image, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import { useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import Cell from '../../../components/Cell';
import ErrorState from '../../../components/ErrorState';
import Loading from '../../../components/Loading';
import PageShell from '../../../components/PageShell';
import StatusTag from '../../../components/StatusTag';
import { studyCourse, useCourse } from '../../../features/learning/api';
import { download } from '../../../lib/download';
import { formatDate, formatDateTime } from '../../../lib/format';
import { API_BASE } from '../../../lib/http';
import './learning.scss';

/** A video link: the mini program cannot open outside pages, so it is copied for the browser; H5 opens it. */
function openVideo(url: string) {
  if (process.env.TARO_ENV === 'h5') window.open(url, '_blank', 'noopener');
  else void Taro.setClipboardData({ data: url }).then(() => Taro.showToast({ title: '链接已复制，请在浏览器中打开', icon: 'none' }));
}

/** One course (member): its text and images, video links and attachments, and 标记已学 once (study points). */
export default function CoursePage() {
  const course = useCourse(Number(useRouter().params.id));
  const [marking, setMarking] = useState(false);
  usePullDownRefresh(() => void course.reload().finally(() => Taro.stopPullDownRefresh()));
  if (!course.data) return <PageShell>{course.error ? <ErrorState error={course.error} onRetry={course.reload} /> : <Loading />}</PageShell>;
  const c = course.data;
  const images = c.images.map((i) => API_BASE + i.url);
  const mark = async () => {
    setMarking(true);
    try {
      const done = await studyCourse(c.id);
      void Taro.showToast({ title: done.pointsAwarded ? `已学习，积分 +${done.pointsAwarded}` : '已学习', icon: 'success' });
      await course.reload();
    } catch {
      // Shown by the client's toast.
    } finally {
      setMarking(false);
    }
  };
  return (
    <PageShell>
      <Card title={c.title} extra={c.studiedAt ? <StatusTag tone='success' label='已学' /> : undefined}>
        <View className='learning__meta'>
          {c.organizationName} · {formatDate(c.createdAt)} · 学习积分 {c.points}
        </View>
        <View className='learning__body'>{c.body}</View>
        {images.map((src) => (
          <Image key={src} className='learning__image' mode='widthFix' src={src} ariaLabel='课程图片' onClick={() => void Taro.previewImage({ urls: images, current: src })} />
        ))}
      </Card>
      {c.videoUrls.length > 0 && (
        <Card title='视频' flush>
          {c.videoUrls.map((url, i) => (
            <Cell key={url} title={`视频 ${i + 1}`} description={url} onClick={() => openVideo(url)} />
          ))}
        </Card>
      )}
      {c.attachments.length > 0 && (
        <Card title='附件' flush>
          {c.attachments.map((a) => (
            <Cell key={a.id} title={a.name} description='点击下载' onClick={() => void download({ path: a.url, fileType: a.contentType === 'application/pdf' ? 'pdf' : undefined })} />
          ))}
        </Card>
      )}
      <View className='learning__submit'>
        {c.studiedAt ? (
          <View className='learning__done'>已于 {formatDateTime(c.studiedAt)} 标记已学</View>
        ) : (
          <ActionButton block loading={marking} onClick={() => void mark()}>
            标记已学
          </ActionButton>
        )}
      </View>
    </PageShell>
  );
}
