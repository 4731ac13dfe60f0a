export default definePageConfig({ navigationBarTitleText: '我的参会记录', enablePullDownRefresh: true });
