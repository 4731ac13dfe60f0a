import { View } from '@tarojs/components';
import Card from '../../components/Card';
import PageShell from '../../components/PageShell';
import CurrentCommunityCard from '../../features/orgs/components/CurrentCommunityCard';
import { openPage, type PageName } from '../../lib/routes';
import './index.scss';

interface Entry {
  title: string;
  description: string;
  /** One character drawn in the tile: no icon images in the main package. */
  glyph: string;
  page: PageName;
}

const ENTRIES: Entry[] = [
  { title: '三务公开', description: '党务 居务 财务', glyph: '公', page: 'disclosures' },
  { title: '活动', description: '志愿服务 学习', glyph: '活', page: 'activities' },
  { title: '商圈活动', description: '党建红盟 惠民', glyph: '惠', page: 'campaigns' },
  { title: '联建共建', description: '社区结对 项目', glyph: '联', page: 'partnerships' },
  { title: '承诺公开', description: '履职承诺 阳光承诺', glyph: '诺', page: 'commitments' },
];

export default function Home() {
  return (
    <PageShell>
      <View className='home__banner'>
        <View className='home__title'>阳光党建智慧平台</View>
        <View className='home__subtitle'>党务、居务、财务 阳光公开</View>
      </View>
      <View className='home__body'>
        <CurrentCommunityCard />
        <Card title='服务入口'>
          <View className='home__entries'>
            {ENTRIES.map((entry) => (
              <View key={entry.title} className='home__entry' onClick={() => openPage(entry.page)}>
                <View className='home__glyph'>{entry.glyph}</View>
                <View className='home__entry-title'>{entry.title}</View>
                <View className='home__entry-description'>{entry.description}</View>
              </View>
            ))}
          </View>
        </Card>
      </View>
    </PageShell>
  );
}
