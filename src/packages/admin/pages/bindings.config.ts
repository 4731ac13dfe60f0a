export default definePageConfig({ navigationBarTitleText: '党员认证审核', enablePullDownRefresh: true });
