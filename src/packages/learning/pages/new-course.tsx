import { Image, Input, Picker, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import Cell from '../../../components/Cell';
import FormField from '../../../components/FormField';
import PageShell from '../../../components/PageShell';
import { publishCourse } from '../../../features/learning/api';
import { API_BASE } from '../../../lib/http';
import { toastError } from '../../../lib/toast';
import { chooseImages, choosePdfs, uploadFile, type ChosenFile, type UploadedFile } from '../../../lib/upload';
import { useSubmit } from '../../../lib/use-submit';
import AdminOrganization from '../../../features/orgs/components/AdminOrganization';
import './learning.scss';

const POINTS = [0, 1, 2, 3, 5];

/** 发布课程 (admin): for an organisation's subtree — text, images, video links, PDF attachments and the study points. */
export default function NewCoursePage() {
  const [organizationId, setOrganizationId] = useState<number | null>(null);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [videos, setVideos] = useState('');
  const [points, setPoints] = useState(2);
  const [images, setImages] = useState<UploadedFile[]>([]);
  const [attachments, setAttachments] = useState<UploadedFile[]>([]);
  const [uploading, setUploading] = useState(false);
  const videoUrls = videos.split(/\s+/).filter(Boolean);
  const badVideo = videoUrls.some((u) => !/^https?:\/\/\S+$/.test(u));

  const add = async (choose: () => Promise<ChosenFile[]>, into: (f: UploadedFile[]) => void) => {
    let files: ChosenFile[];
    try {
      files = await choose();
    } catch {
      return; // The picker was closed.
    }
    setUploading(true);
    try {
      const uploaded: UploadedFile[] = [];
      for (const f of files) uploaded.push(await uploadFile(f.path, f.name));
      into(uploaded);
    } catch (error) {
      toastError(error);
    } finally {
      setUploading(false);
    }
  };
  const { submitting, submit } = useSubmit(
    () =>
      publishCourse({
        organizationId: organizationId!, title: title.trim(), body: body.trim(), videoUrls, points,
        imageIds: images.map((i) => i.id), attachmentIds: attachments.map((a) => a.id),
      }),
    '课程已发布',
  );
  const ready = organizationId !== null && title.trim() && body.trim() && !badVideo && !uploading;
  return (
    <PageShell>
      <View className='learning-form'>
        <AdminOrganization value={organizationId} onChange={setOrganizationId} />
        <Card title='课程' flush>
          <FormField label='课程名称'>
            <Input className='learning-form__input' ariaLabel='课程名称' placeholder='如：流动党校第二课' value={title} maxlength={100} onInput={(e) => setTitle(e.detail.value)} />
          </FormField>
          <FormField label='课程内容'>
            <Textarea className='learning-form__textarea' ariaLabel='课程内容' placeholder='学习内容和要求' value={body} maxlength={20000} onInput={(e) => setBody(e.detail.value)} />
          </FormField>
          <FormField label='视频链接' error={badVideo ? '请填写以 http:// 或 https:// 开头的链接' : undefined}>
            <Textarea className='learning-form__textarea learning-form__textarea--short' ariaLabel='视频链接' placeholder='每行一个链接，可留空' value={videos} maxlength={5000} onInput={(e) => setVideos(e.detail.value)} />
          </FormField>
          <Picker mode='selector' range={POINTS.map((p) => `${p} 分`)} value={POINTS.indexOf(points)} onChange={(e) => setPoints(POINTS[Number(e.detail.value)])}>
            <Cell title='学习积分' value={`${points} 分`} arrow />
          </Picker>
        </Card>
        <Card title={`图片（${images.length}）`}>
          <View className='learning__thumbs'>
            {images.map((i) => (
              <Image key={i.id} className='learning__thumb' mode='aspectFill' src={API_BASE + i.url} ariaLabel={i.name} />
            ))}
          </View>
          <ActionButton variant='plain' disabled={uploading} onClick={() => void add(() => chooseImages(9), (f) => setImages([...images, ...f]))}>
            添加图片
          </ActionButton>
        </Card>
        <Card title={`附件（${attachments.length}）`} flush>
          {attachments.map((a) => (
            <Cell key={a.id} title={a.name} />
          ))}
          <View className='learning__actions learning__actions--pad'>
            <ActionButton variant='plain' disabled={uploading} onClick={() => void add(choosePdfs, (f) => setAttachments([...attachments, ...f]))}>
              添加 PDF
            </ActionButton>
          </View>
        </Card>
        <View className='learning__submit'>
          <ActionButton block disabled={!ready} loading={submitting} onClick={submit}>
            发布课程
          </ActionButton>
        </View>
      </View>
    </PageShell>
  );
}
