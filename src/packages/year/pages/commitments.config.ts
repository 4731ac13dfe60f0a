export default definePageConfig({ navigationBarTitleText: '承诺公开', enablePullDownRefresh: true });
