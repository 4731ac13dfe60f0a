import { fireEvent, render, screen } from '@testing-library/react';
import PagedList from '../../../src/components/PagedList';
import { ApiError } from '../../../src/lib/api-client';
import type { PagedList as PagedListState } from '../../../src/lib/use-paged-list';

function list(overrides: Partial<PagedListState<string>>): PagedListState<string> {
  return {
    items: [],
    total: 0,
    loading: false,
    error: null,
    loadingMore: false,
    loadMoreError: null,
    hasMore: false,
    reload: jest.fn(),
    loadMore: jest.fn(),
    ...overrides,
  };
}

const show = (state: PagedListState<string>) =>
  render(<PagedList list={state} keyOf={(s) => s} renderItem={(s) => <span>{s}</span>} emptyTitle='暂无社区' />);

describe('PagedList', () => {
  it('shows the loading state before the first page', () => {
    show(list({ loading: true }));
    expect(screen.getByText('加载中…')).toBeTruthy();
  });

  it('shows the server message for a failed first page, and retries', () => {
    const state = list({ error: new ApiError(503, 'UNAVAILABLE', '数据库暂不可用') });
    show(state);
    expect(screen.getByText('数据库暂不可用')).toBeTruthy();
    fireEvent.click(screen.getByText('重新加载'));
    expect(state.reload).toHaveBeenCalled();
  });

  it('says the list is empty', () => {
    show(list({}));
    expect(screen.getByText('暂无社区')).toBeTruthy();
  });

  it('keeps the items while refreshing, with a footer for the next page', () => {
    const state = list({ items: ['城阳村社区', '西城汇社区'], total: 30, hasMore: true, loading: true });
    show(state);
    expect(screen.getByText('城阳村社区')).toBeTruthy();
    fireEvent.click(screen.getByText('上拉加载更多'));
    expect(state.loadMore).toHaveBeenCalled();
  });

  it('offers a retry when loading more failed', () => {
    const state = list({ items: ['城阳村社区'], total: 30, hasMore: true, loadMoreError: new Error('offline') });
    show(state);
    fireEvent.click(screen.getByText('加载失败，点击重试'));
    expect(state.loadMore).toHaveBeenCalled();
  });

  it('says when everything is loaded', () => {
    show(list({ items: ['城阳村社区'], total: 1 }));
    expect(screen.getByText('共 1 条，已全部加载')).toBeTruthy();
  });
});
