import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { PagedList as PagedListState } from '../../lib/use-paged-list';
import Empty from '../Empty';
import ErrorState from '../ErrorState';
import Loading from '../Loading';
import './index.scss';

interface Props<T> {
  list: PagedListState<T>;
  renderItem: (item: T) => ReactNode;
  keyOf: (item: T) => string | number;
  emptyTitle?: string;
  emptyDescription?: string;
}

/** Renders a usePagedList: first load, failure, empty, the items, and the footer for further pages. */
export default function PagedList<T>({ list, renderItem, keyOf, emptyTitle, emptyDescription }: Props<T>) {
  if (list.items.length === 0) {
    if (list.loading) return <Loading />;
    if (list.error) return <ErrorState error={list.error} onRetry={list.reload} />;
    return <Empty title={emptyTitle} description={emptyDescription} />;
  }
  return (
    <View className='paged-list'>
      <View className='paged-list__items'>
        {list.items.map((item) => (
          <View key={keyOf(item)}>{renderItem(item)}</View>
        ))}
      </View>
      <Footer list={list} />
    </View>
  );
}

function Footer<T>({ list }: { list: PagedListState<T> }) {
  if (list.loadingMore) return <View className='paged-list__footer'>加载中…</View>;
  if (list.loadMoreError)
    return (
      <View className='paged-list__footer paged-list__footer--retry' onClick={list.loadMore}>
        加载失败，点击重试
      </View>
    );
  if (list.hasMore)
    return (
      <View className='paged-list__footer' onClick={list.loadMore}>
        上拉加载更多
      </View>
    );
  return <View className='paged-list__footer'>共 {list.total} 条，已全部加载</View>;
}
