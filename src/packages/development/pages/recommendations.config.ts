export default definePageConfig({ navigationBarTitleText: '差额推荐', enablePullDownRefresh: true });
