import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro';
import { Image, Textarea, View } from '@tarojs/components';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import Cell from '../../../components/Cell';
import ErrorState from '../../../components/ErrorState';
import Loading from '../../../components/Loading';
import PagedList from '../../../components/PagedList';
import PageShell from '../../../components/PageShell';
import StatusTag from '../../../components/StatusTag';
import { useSession } from '../../../lib/auth';
import { useDraft } from '../../../lib/use-draft';
import { API_BASE } from '../../../lib/http';
import { download } from '../../../lib/download';
import { openPage, pageUrl, replacePage } from '../../../lib/routes';
import { formatDate, formatDateTime } from '../../../lib/format';
import { isAdmin } from '../../../features/auth/roles';
import { useCatalogue } from '../../../features/disclosures/api/get-catalogue';
import { useDisclosure } from '../../../features/disclosures/api/get-disclosure';
import { askQuestion, useQuestions } from '../../../features/disclosures/api/questions';
import ChainStatus from '../../../features/disclosures/components/ChainStatus';
import FinanceTable from '../../../features/disclosures/components/FinanceTable';
import { periodLabel } from '../../../features/disclosures/periods';
import { CATEGORY_LABELS, type Attachment } from '../../../features/disclosures/types';
import './detail.scss';

/** A PDF opens in WeChat's document viewer; H5 saves it. */
const openPdf = (a: Attachment) => void download({ path: a.url, fileType: 'pdf' });

export default function DisclosureDetail() {
  const id = Number(useRouter().params.id);
  const { data, error, reload } = useDisclosure(id);
  const catalogue = useCatalogue().data?.categories;
  const admin = isAdmin(useSession()?.user.roles ?? []);
  const questions = useQuestions(id);
  // Kept on the device: a logged-out resident is asked to log in and comes back to it.
  const [question, setQuestion, clearQuestion] = useDraft(`question:${id}`);
  useShareAppMessage(() => ({ title: data?.disclosure.title ?? '三务公开', path: pageUrl('disclosure', { id }) }));
  if (!data) return <PageShell>{error ? <ErrorState error={error} onRetry={reload} /> : <Loading />}</PageShell>;
  const { disclosure: d, history, verified, chainLength } = data;

  const ask = async () => {
    // The API client has already shown why it failed; what was typed stays for another try.
    const res = await askQuestion(id, question.trim()).catch(() => null);
    if (!res) return;
    clearQuestion();
    void Taro.showToast({ title: res.status === 'visible' ? '提问已发布' : '内容未通过审核，未公开', icon: 'none' });
    void questions.reload();
  };
  const subCategory = d.subCategory ? catalogue?.[d.category].subCategories[d.subCategory] : undefined;

  return (
    <PageShell>
      <View className='disclosure-head'>
        <View className='disclosure-head__title'>{d.title}</View>
        <View className='disclosure-head__meta'>
          {CATEGORY_LABELS[d.category]}{subCategory ? ` · ${subCategory}` : ''} · {periodLabel(d.period)} · {d.publishedAt ? `公开于 ${formatDate(d.publishedAt)}` : '草稿'}
          {d.status === 'published' ? ` · 浏览 ${d.viewCount}` : ''}
        </View>
        {d.major && (
          <View className='disclosure-head__major'>
            <StatusTag tone='danger' label='重大事项' />
            {d.matterDate && <View className='disclosure-head__matter'>事项发生于 {d.matterDate}</View>}
          </View>
        )}
      </View>
      <ChainStatus verified={verified} length={chainLength} witness={data.witness} />
      {d.withdrawal && <Card title='已依法撤回'>{`${formatDate(d.withdrawal.withdrawnAt)} 由街道撤回：${d.withdrawal.reason}。原内容已不再显示，公开记录与哈希保留。`}</Card>}
      {d.supersededById && <Cell title='此版本已被更正' description='点击查看最新版本' onClick={() => replacePage('disclosure', { id: d.supersededById })} />}
      {d.revisionReason && <Card title='更正原因'>{d.revisionReason}</Card>}
      {d.body && <Card title='内容'><View className='disclosure-body'>{d.body}</View></Card>}
      {d.totals && <Card title='收支明细（元）'><FinanceTable items={d.items} totals={d.totals} /></Card>}
      {d.attachments.length > 0 && (
        <Card title='附件' flush>
          {d.attachments.map((a) =>
            a.contentType.startsWith('image/') ? (
              <Image key={a.id} className='disclosure-image' mode='widthFix' src={API_BASE + a.url} onClick={() => void Taro.previewImage({ urls: [API_BASE + a.url] })} />
            ) : (
              <Cell key={a.id} title={a.name} description='PDF 文件，点击打开' onClick={() => openPdf(a)} />
            ),
          )}
        </Card>
      )}
      {history.length > 1 && (
        <Card title='修订记录' flush>
          {history.map((v) => (
            <Cell key={v.id} title={`第${v.revision}版${v.id === d.id ? '（当前查看）' : ''}`} description={`${v.publishedAt ? formatDateTime(v.publishedAt) : '草稿'}${v.revisionReason ? ` · ${v.revisionReason}` : ''}`}
              onClick={v.id === d.id ? undefined : () => replacePage('disclosure', { id: v.id })} />
          ))}
        </Card>
      )}
      {admin && d.status === 'published' && !d.supersededById && (
        <View className='disclosure-actions'>
          <ActionButton variant='plain' block onClick={() => openPage('disclosureEditor', { reviseId: d.id })}>发布更正</ActionButton>
        </View>
      )}
      {d.status === 'published' && (
        <Card title='居民提问'>
          <Textarea className='ask-input' value={question} maxlength={500} placeholder='对这条公开有疑问？在这里提问，社区将在10日内答复' onInput={(e) => setQuestion(e.detail.value)} />
          <ActionButton block disabled={!question.trim()} onClick={() => void ask()}>提交提问</ActionButton>
          <View className='questions'>
          <PagedList list={questions} keyOf={(q) => q.id} emptyTitle='暂无提问' renderItem={(q) => (
            <View className='question'>
              <View className='question__content'>问：{q.content}</View>
              <View className='question__date'>{formatDate(q.createdAt)} 提问</View>
              {q.reply ? <View className='question__reply'>答：{q.reply}{q.repliedAt && <View className='question__date'>{formatDate(q.repliedAt)} 答复</View>}</View> : <View className={q.overdue ? 'question__pending question__pending--overdue' : 'question__pending'}>{q.overdue ? '已超过10日未答复' : '等待社区答复'}</View>}
            </View>
          )} />
          </View>
        </Card>
      )}
    </PageShell>
  );
}
