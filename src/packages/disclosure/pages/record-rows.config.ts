export default definePageConfig({ navigationBarTitleText: '公开档案明细', enablePullDownRefresh: true });
