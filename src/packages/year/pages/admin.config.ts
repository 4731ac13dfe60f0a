export default definePageConfig({ navigationBarTitleText: '积分与星级', enablePullDownRefresh: true });
