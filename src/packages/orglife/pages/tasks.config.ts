export default definePageConfig({ navigationBarTitleText: '党建责任清单', enablePullDownRefresh: true });
