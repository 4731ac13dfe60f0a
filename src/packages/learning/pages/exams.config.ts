export default definePageConfig({ navigationBarTitleText: '我的考试', enablePullDownRefresh: true });
