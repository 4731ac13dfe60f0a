export default definePageConfig({ navigationBarTitleText: '发展党员', enablePullDownRefresh: true });
