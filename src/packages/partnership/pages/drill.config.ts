export default definePageConfig({ navigationBarTitleText: '明细', enablePullDownRefresh: true });
