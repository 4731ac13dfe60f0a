import Taro from '@tarojs/taro';
import { Image, Input, Picker, Switch, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import Empty from '../../../components/Empty';
import FormField from '../../../components/FormField';
import PageShell from '../../../components/PageShell';
import { API_BASE } from '../../../lib/http';
import { toastError } from '../../../lib/toast';
import { chooseImages, uploadFile, type UploadedFile } from '../../../lib/upload';
import { useSubmit } from '../../../lib/use-submit';
import { useCurrentCommunity } from '../../../features/orgs/current-community';
import { askForReplyNotice, LETTER_CATEGORIES, LETTER_CATEGORY_TEXT, MAX_LETTER_PHOTOS, useReplyNoticeTemplates, writeLetter } from '../../../features/letters/api';
import './letters.scss';

/** 写信: to the current community, a category, a title and text, up to 9 photos, public or private. */
export default function WriteLetter() {
  const community = useCurrentCommunity();
  const templates = useReplyNoticeTemplates().data?.templateIds ?? [];
  const [category, setCategory] = useState(0);
  const [title, setTitle] = useState('');
  const [content, setContent] = useState('');
  const [photos, setPhotos] = useState<UploadedFile[]>([]);
  const [isPublic, setPublic] = useState(true);
  const [uploading, setUploading] = useState(false);
  const { submitting, submit } = useSubmit(async () => {
    const subscribe = await askForReplyNotice(templates);
    const res = await writeLetter({ communityId: community!.id, category: LETTER_CATEGORIES[category], title: title.trim(), content: content.trim(), photoIds: photos.map((p) => p.id), public: isPublic, subscribe });
    if (res.status === 'rejected') {
      void Taro.showToast({ title: '内容未通过审核，未能送达', icon: 'none' });
      throw new Error('rejected by the content check'); // stays on the form
    }
  }, '已送达社区');
  if (!community) return <PageShell><Empty title='请先选择社区' description='在首页选择您所在的社区后再写信' /></PageShell>;

  const addPhotos = async () => {
    const files = await chooseImages(MAX_LETTER_PHOTOS - photos.length).catch(() => null);
    if (!files) return; // The user closed the picker.
    setUploading(true);
    try {
      for (const f of files) {
        const uploaded = await uploadFile(f.path, f.name);
        setPhotos((cur) => (cur.some((p) => p.id === uploaded.id) ? cur : [...cur, uploaded].slice(0, MAX_LETTER_PHOTOS)));
      }
    } catch (error) {
      toastError(error);
    } finally {
      setUploading(false);
    }
  };
  const ready = !!title.trim() && !!content.trim() && !uploading;

  return (
    <PageShell>
      <View className='letter-form'>
        <FormField label='写给'>{community.name}</FormField>
        <FormField label='类别'>
          <Picker mode='selector' range={LETTER_CATEGORIES.map((c) => LETTER_CATEGORY_TEXT[c])} value={category} onChange={(e) => setCategory(Number(e.detail.value))}>
            <View ariaLabel='选择来信类别'>{LETTER_CATEGORY_TEXT[LETTER_CATEGORIES[category]]}</View>
          </Picker>
        </FormField>
        <FormField label='标题'>
          <Input className='letter-form__input' value={title} maxlength={100} placeholder='一句话说明事情，如：村东主路路灯不亮' ariaLabel='标题' onInput={(e) => setTitle(e.detail.value)} />
        </FormField>
        <FormField label='内容'>
          <Textarea className='letter-form__textarea' value={content} maxlength={5000} placeholder='事情经过、地点、您的建议' ariaLabel='内容' onInput={(e) => setContent(e.detail.value)} />
        </FormField>
        <FormField label='公开'>
          <Switch checked={isPublic} color='#C8161D' ariaLabel='公开这封来信' onChange={(e) => setPublic(e.detail.value)} />
        </FormField>
        <View className='letter-form__hint'>
          {isPublic ? '公开后，来信和答复在社区“公开来信”中展示，不显示您的身份，手机号、身份证号等个人信息会被遮挡。' : '不公开：只有您和社区管理员能看到。'}
        </View>
        <Card title={`照片（${photos.length}/${MAX_LETTER_PHOTOS}）`}>
          <View className='letter-photos'>
            {photos.map((p, i) => (
              <View key={p.id} className='letter-photos__item'>
                <Image className='letter-photos__image' mode='aspectFill' src={API_BASE + p.url} ariaLabel={`照片 ${i + 1}`} />
                <View className='letter-photos__remove' ariaLabel={`删除照片 ${i + 1}`} onClick={() => setPhotos(photos.filter((x) => x.id !== p.id))}>×</View>
              </View>
            ))}
            {photos.length < MAX_LETTER_PHOTOS && (
              <View className='letter-photos__add' ariaLabel='添加照片' onClick={() => void addPhotos()}>{uploading ? '上传中…' : '+'}</View>
            )}
          </View>
        </Card>
        <View className='letter-form__submit'>
          <ActionButton block disabled={!ready} loading={submitting} onClick={submit}>送达社区</ActionButton>
        </View>
        <View className='letter-form__hint'>社区将在10日内答复；答复后您可以评价是否满意。</View>
      </View>
    </PageShell>
  );
}
